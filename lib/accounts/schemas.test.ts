import { describe, expect, it } from "vitest";
import { createAccountSchema, handleSchema } from "@/lib/accounts/schemas";

describe("handleSchema", () => {
  it.each([
    ["@green-cafe", "green-cafe"],
    ["shop_01", "shop_01"],
    ["  @abc ", "abc"],
  ])("accepts %j as %j", (input, expected) => {
    expect(handleSchema.parse(input)).toBe(expected);
  });

  it.each([
    ["@ab", "at least 3"],
    [`@${"a".repeat(31)}`, "at most 30"],
    ["@Green", "lowercase"],
    ["@café", "lowercase"],
    ["@a b c", "lowercase"],
  ])("rejects %j saying %j", (input, message) => {
    const result = handleSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain(message);
  });
});

describe("createAccountSchema", () => {
  it("names every missing field and refuses an unknown time zone", () => {
    const result = createAccountSchema.safeParse({ handle: "@shop", name: "", kind: "shop", category: "", area: "", timezone: "Mars/Olympus" });
    expect(result.success).toBe(false);
    const fields = new Set(result.error?.issues.map((i) => i.path[0]));
    expect(fields).toEqual(new Set(["name", "kind", "category", "area", "timezone"]));
  });

  it("defaults to the free plan", () => {
    const parsed = createAccountSchema.parse({ handle: "@shop", name: "Shop", kind: "brand", category: "Apparel", area: "Osaka", timezone: "Asia/Tokyo" });
    expect(parsed.plan).toBe("free");
  });
});
