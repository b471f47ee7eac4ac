import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { countSegmentReach } from "@/lib/segments/count-segment-reach";
import { createSegment } from "@/lib/segments/create-segment";
import { deleteSegment } from "@/lib/segments/delete-segment";
import { getSegmentOrThrow } from "@/lib/segments/get-segment-or-throw";
import { getSegmentWhere } from "@/lib/segments/get-segment-where";
import { listSegmentOptions } from "@/lib/segments/list-segment-options";
import { listSegments } from "@/lib/segments/list-segments";
import { segmentRuleSchema, type SegmentRuleInput } from "@/lib/segments/schemas";
import { updateSegment } from "@/lib/segments/update-segment";
import { createTestAccount, createTestUser, uniqueSuffix } from "@/lib/test/factories";

const year = new Date().getUTCFullYear();
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

async function newAccount() {
  const owner = await createTestUser();
  return createTestAccount({ ownerId: owner.id });
}

/**
 * Ten followers whose attributes make every criterion's count different, so a filter that
 * ignored a criterion (or counted the blocked one) could not land on the expected number.
 */
async function seedFollowers(accountId: string) {
  const rows: Omit<Prisma.FollowerCreateManyInput, "accountId" | "externalId">[] = [
    { gender: "female", birthYear: year - 25, area: "Tokyo", language: "ja", os: "ios", tags: ["vip", "coffee"], followedAt: daysAgo(2) },
    { gender: "female", birthYear: year - 35, area: "Tokyo", language: "ja", os: "android", tags: ["vip"], followedAt: daysAgo(10) },
    { gender: "female", birthYear: year - 45, area: "Osaka", language: "en", os: "ios", tags: ["coffee"], followedAt: daysAgo(40) },
    { gender: "male", birthYear: year - 22, area: "Tokyo", language: "ja", os: "android", tags: [], followedAt: daysAgo(1) },
    { gender: "male", birthYear: year - 65, area: "Osaka", language: "ja", os: "other", tags: ["vip", "coffee", "tea"], followedAt: daysAgo(100) },
    { gender: "male", birthYear: year - 15, area: "Sapporo", language: "zh-TW", os: "ios", tags: ["tea"], followedAt: daysAgo(5) },
    { gender: "unknown", birthYear: null, area: null, language: null, os: "other", tags: [], followedAt: daysAgo(400) },
    { gender: "female", birthYear: year - 29, area: "Tokyo", language: "en", os: "ios", tags: ["vip", "tea"], followedAt: daysAgo(20) },
    { gender: "female", birthYear: year - 30, area: "Kyoto", language: "ja", os: "android", tags: ["coffee"], followedAt: daysAgo(3) },
    // Blocked: matches almost everything, and must never be counted.
    { gender: "female", birthYear: year - 25, area: "Tokyo", language: "ja", os: "ios", tags: ["vip", "coffee", "tea"], followedAt: daysAgo(1), status: "blocked" },
  ];
  await prisma.follower.createMany({
    data: rows.map((row, i) => ({ ...row, accountId, externalId: `U${i}-${uniqueSuffix()}`, source: "seed" as const })),
  });
}

async function reach(accountId: string, rule: SegmentRuleInput) {
  return countSegmentReach({ accountId, rule: segmentRuleSchema.parse(rule) });
}

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("segment reach on real followers", () => {
  it("counts each criterion, any/all tags, recency, and never the blocked", async () => {
    const account = await newAccount();
    await seedFollowers(account.id);
    // A second account with the same kind of people: none of them may leak into the counts.
    const other = await newAccount();
    await seedFollowers(other.id);

    expect(await reach(account.id, {})).toBe(9);
    expect(await reach(account.id, { genders: ["female"] })).toBe(5);
    expect(await reach(account.id, { genders: ["male", "unknown"] })).toBe(4);
    expect(await reach(account.id, { ageBands: ["20s"] })).toBe(3);
    expect(await reach(account.id, { ageBands: ["20s", "30s"] })).toBe(5);
    expect(await reach(account.id, { ageBands: ["under_20"] })).toBe(1);
    expect(await reach(account.id, { ageBands: ["60_plus"] })).toBe(1);
    expect(await reach(account.id, { areas: ["Tokyo"] })).toBe(4);
    expect(await reach(account.id, { areas: ["Osaka", "Kyoto"] })).toBe(3);
    expect(await reach(account.id, { languages: ["en"] })).toBe(2);
    expect(await reach(account.id, { languages: ["zh-TW"] })).toBe(1);
    expect(await reach(account.id, { os: ["ios"] })).toBe(4);
    expect(await reach(account.id, { os: ["android", "other"] })).toBe(5);
    expect(await reach(account.id, { followedWithinDays: 7 })).toBe(4);
    expect(await reach(account.id, { followedWithinDays: 30 })).toBe(6);
    expect(await reach(account.id, { tags: ["vip"] })).toBe(4);
    expect(await reach(account.id, { tags: ["vip", "tea"], tagMode: "any" })).toBe(5);
    expect(await reach(account.id, { tags: ["vip", "tea"], tagMode: "all" })).toBe(2);
    expect(await reach(account.id, { tags: ["vip", "coffee", "tea"], tagMode: "all" })).toBe(1);
    // Criteria combine with AND: women in their 20s or 30s in Tokyo tagged vip.
    expect(await reach(account.id, { genders: ["female"], ageBands: ["20s", "30s"], areas: ["Tokyo"], tags: ["vip"] })).toBe(3);
    expect(await reach(account.id, { genders: ["female"], os: ["ios"], followedWithinDays: 30 })).toBe(2);
    expect(await reach(account.id, { areas: ["Nagoya"] })).toBe(0);
  });

  it("lists existing areas, languages and tags as suggestions for this account only", async () => {
    const account = await newAccount();
    await seedFollowers(account.id);
    const other = await newAccount();
    await prisma.follower.create({ data: { accountId: other.id, externalId: "elsewhere", area: "Naha", language: "ko", tags: ["secret"] } });
    expect(await listSegmentOptions({ accountId: account.id })).toEqual({
      areas: ["Kyoto", "Osaka", "Sapporo", "Tokyo"],
      languages: ["en", "ja", "zh-TW"],
      tags: ["coffee", "tea", "vip"],
    });
  });
});

describe("saved segments", () => {
  it("saves, lists with live reach and a summary, renames and deletes", async () => {
    const account = await newAccount();
    await seedFollowers(account.id);
    const rule = segmentRuleSchema.parse({ genders: ["female"], areas: ["Tokyo"] });
    const segment = await createSegment({ accountId: account.id, input: { name: "Tokyo women", rule } });

    const [listed] = await listSegments({ accountId: account.id });
    expect(listed).toMatchObject({ id: segment.id, name: "Tokyo women", reach: { count: 3, estimated: false }, rule });

    await updateSegment({ accountId: account.id, input: { segmentId: segment.id, name: "Tokyo VIP women", rule: { ...rule, tags: ["vip"] } } });
    const renamed = await getSegmentOrThrow({ accountId: account.id, segmentId: segment.id });
    expect(renamed.name).toBe("Tokyo VIP women");
    expect(renamed.rule.tags).toEqual(["vip"]);
    expect((await listSegments({ accountId: account.id }))[0]?.reach).toEqual({ count: 3, estimated: false });

    await deleteSegment({ accountId: account.id, input: { segmentId: segment.id } });
    expect(await listSegments({ accountId: account.id })).toEqual([]);
    expect((await errorOf(deleteSegment({ accountId: account.id, input: { segmentId: segment.id } }))).code).toBe("not_found");
  });

  it("refuses a name already used in the account, on create and on rename, next to the name field", async () => {
    const account = await newAccount();
    const rule = segmentRuleSchema.parse({});
    await createSegment({ accountId: account.id, input: { name: "Regulars", rule } });
    const taken = await errorOf(createSegment({ accountId: account.id, input: { name: "Regulars", rule } }));
    expect(taken.code).toBe("conflict");
    expect(taken.message).toBe("A segment named “Regulars” already exists. Choose another name.");
    expect(taken.fields?.name).toMatch(/taken/);

    const second = await createSegment({ accountId: account.id, input: { name: "Newcomers", rule } });
    const renameTaken = await errorOf(updateSegment({ accountId: account.id, input: { segmentId: second.id, name: "Regulars", rule } }));
    expect(renameTaken.code).toBe("conflict");
    expect((await getSegmentOrThrow({ accountId: account.id, segmentId: second.id })).name).toBe("Newcomers");

    // The same name in another account is fine: names are unique per account.
    const other = await newAccount();
    await createSegment({ accountId: other.id, input: { name: "Regulars", rule } });
  });

  it("re-validates a stored rule: a broken one is listed with the reason instead of breaking the list", async () => {
    const account = await newAccount();
    await prisma.segment.create({ data: { accountId: account.id, name: "Old format", rule: { genders: ["woman"] } } });
    const [listed] = await listSegments({ accountId: account.id });
    expect(listed?.reach).toBeNull();
    expect(listed?.ruleError).toMatch(/genders\[0\]/);
  });
});

describe("tenancy", () => {
  it("treats another account's segment as not found everywhere, and changes nothing", async () => {
    const a = await newAccount();
    const b = await newAccount();
    await seedFollowers(b.id);
    const bSegment = await createSegment({ accountId: b.id, input: { name: "B's VIPs", rule: segmentRuleSchema.parse({ tags: ["vip"] }) } });

    expect((await errorOf(getSegmentWhere({ accountId: a.id, segmentId: bSegment.id }))).code).toBe("not_found");
    expect((await errorOf(getSegmentOrThrow({ accountId: a.id, segmentId: bSegment.id }))).code).toBe("not_found");
    expect((await errorOf(getSegmentWhere({ accountId: a.id, segmentId: "not-a-uuid" }))).code).toBe("not_found");
    const rename = updateSegment({ accountId: a.id, input: { segmentId: bSegment.id, name: "hijacked", rule: segmentRuleSchema.parse({}) } });
    expect((await errorOf(rename)).code).toBe("not_found");
    expect((await errorOf(deleteSegment({ accountId: a.id, input: { segmentId: bSegment.id } }))).code).toBe("not_found");
    expect((await getSegmentOrThrow({ accountId: b.id, segmentId: bSegment.id })).name).toBe("B's VIPs");
  });

  it("gives the campaign engine a where that matches the segment's reach, following only, in its own account", async () => {
    const account = await newAccount();
    await seedFollowers(account.id);
    const other = await newAccount();
    await seedFollowers(other.id);
    const segment = await createSegment({ accountId: account.id, input: { name: "VIP", rule: segmentRuleSchema.parse({ tags: ["vip"] }) } });
    const where = await getSegmentWhere({ accountId: account.id, segmentId: segment.id });
    const audience = await prisma.follower.findMany({ where, select: { accountId: true, status: true, tags: true } });
    expect(audience).toHaveLength(4);
    expect(audience.every((f) => f.accountId === account.id && f.status === "following" && f.tags.includes("vip"))).toBe(true);
  });
});
