import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { describeSegmentRule } from "@/lib/segments/describe-segment-rule";
import { createSegmentSchema, emptySegmentRule, parseRuleInput, parseSegmentRule, segmentRuleSchema } from "@/lib/segments/schemas";

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).message;
  }
  throw new Error("expected an AppError");
}

describe("segment rule schema", () => {
  it("fills defaults and drops the list-only search and status", () => {
    const rule = segmentRuleSchema.parse({ q: "mika", status: "blocked", genders: ["female"] });
    expect(rule).toEqual({ genders: ["female"], ageBands: [], areas: [], languages: [], os: [], tags: [], tagMode: "any" });
    expect(emptySegmentRule.tagMode).toBe("any");
  });

  it("names the bad part and the bad value", () => {
    expect(messageOf(() => parseRuleInput({ genders: ["female", "woman"] }))).toMatch(/^genders\[1\]: .*\(got "woman"\)$/);
    expect(messageOf(() => parseRuleInput({ ageBands: ["20s", "teens"] }))).toMatch(/^ageBands\[1\]: .*"teens"/);
    expect(messageOf(() => parseRuleInput({ os: ["windows"] }))).toMatch(/^os\[0\]: .*"windows"/);
    expect(messageOf(() => parseRuleInput({ tagMode: "some" }))).toMatch(/^tagMode: .*"some"/);
    expect(messageOf(() => parseRuleInput({ followedWithinDays: 0 }))).toMatch(/^followedWithinDays: /);
    expect(messageOf(() => parseRuleInput({ followedWithinDays: 1.5 }))).toMatch(/^followedWithinDays: /);
    expect(messageOf(() => parseRuleInput({ tags: ["vip", "a,b"] }))).toBe("tags[1]: Tags can't contain commas.");
    expect(messageOf(() => parseRuleInput({ areas: [""] }))).toMatch(/^areas\[0\]: /);
    expect(messageOf(() => parseRuleInput("everyone"))).toMatch(/^rule: /);
  });

  it("re-validates a stored rule and says how to fix it", () => {
    expect(parseSegmentRule({ genders: ["male"] }).genders).toEqual(["male"]);
    expect(messageOf(() => parseSegmentRule({ genders: ["other"] }))).toMatch(/^This segment's rule is not valid: genders\[0\]: .*Edit the segment and save it again\.$/);
  });

  it("reads the builder's hidden JSON field and refuses broken JSON", () => {
    const ok = createSegmentSchema.safeParse({ name: "  VIPs ", rule: JSON.stringify({ tags: ["vip"] }) });
    expect(ok.success && ok.data).toMatchObject({ name: "VIPs", rule: { tags: ["vip"], tagMode: "any" } });
    const broken = createSegmentSchema.safeParse({ name: "x", rule: "{" });
    expect(broken.success).toBe(false);
    expect(broken.error?.issues[0]?.message).toMatch(/not valid JSON/);
    const unnamed = createSegmentSchema.safeParse({ name: "   ", rule: "{}" });
    expect(unnamed.error?.issues[0]).toMatchObject({ path: ["name"], message: "Give the segment a name." });
  });
});

describe("rule summary", () => {
  it("reads like a marketer's description", () => {
    const rule = segmentRuleSchema.parse({ genders: ["female"], ageBands: ["20s", "30s"], areas: ["Tokyo"], tags: ["vip"] });
    expect(describeSegmentRule(rule)).toBe("Women · 20–29, 30–39 · Tokyo · tag vip");
    expect(describeSegmentRule(emptySegmentRule)).toBe("All followers");
    expect(
      describeSegmentRule(segmentRuleSchema.parse({ languages: ["ja", "en"], os: ["ios"], followedWithinDays: 30, tags: ["vip", "regular"], tagMode: "all" })),
    ).toBe("Japanese, English · iOS · followed in the last 30 days · tags vip and regular");
    expect(describeSegmentRule(segmentRuleSchema.parse({ tags: ["a", "b"] }))).toBe("tags a or b");
  });
});
