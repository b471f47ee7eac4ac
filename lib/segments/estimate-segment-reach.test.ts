import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { seedFollowers } from "@/lib/followers/seed-followers";
import { countSegmentReach } from "@/lib/segments/count-segment-reach";
import { estimateSegmentReach, MIN_SAMPLED_MATCHES } from "@/lib/segments/estimate-segment-reach";
import { formatReach } from "@/lib/segments/format-reach";
import { segmentRuleSchema, type SegmentRuleInput } from "@/lib/segments/schemas";
import { createTestAccount, createTestUser } from "@/lib/test/factories";

async function newAccount() {
  const owner = await createTestUser();
  return createTestAccount({ ownerId: owner.id });
}

const rule = (input: SegmentRuleInput) => segmentRuleSchema.parse(input);

/**
 * The estimate reads ~10k sampled followers, so a segment holding a share p of them has a relative
 * standard error of about √((1-p)/(10k·p)): 1% for everyone, under 3% for the ≥ 14% segments below.
 * 15% allows four of those plus the rounding to two significant figures (up to 5%).
 */
const TOLERANCE = 0.15;

describe("estimateSegmentReach on a seeded 100k account", () => {
  let accountId: string;
  beforeAll(async () => {
    const account = await newAccount();
    accountId = account.id;
    await seedFollowers({ accountId, count: 100_000 });
    // The estimate counts from the index alone; like production's autovacuum, keep the visibility map current.
    await prisma.$executeRawUnsafe("VACUUM ANALYZE followers");
  }, 300_000);

  it.each<[string, SegmentRuleInput]>([
    ["everyone following", {}],
    ["women in their 20s", { genders: ["female"], ageBands: ["20s"] }],
    ["iOS users in Tokyo, Kanagawa, Osaka", { os: ["ios"], areas: ["Tokyo", "Kanagawa", "Osaka"] }],
    ["tagged regular", { tags: ["regular"] }],
  ])("estimates %s within 15%% of the exact count, and says it is an estimate", async (_, input) => {
    const exact = await countSegmentReach({ accountId, rule: rule(input) });
    const estimate = await estimateSegmentReach({ accountId, rule: rule(input) });
    expect(estimate.estimated).toBe(true);
    expect(Math.abs(estimate.count - exact) / exact).toBeLessThan(TOLERANCE);
    // Rounded to two significant figures, and shown with ≈.
    expect(String(estimate.count)).toMatch(/^\d{2}0*$/);
    expect(formatReach(estimate)).toMatch(/^≈\d/);
  });

  it("counts a narrow segment exactly instead of showing a sampled 0", async () => {
    // VIP (5%) in Okinawa (~1%): ~45 people, ~5 in the sample — too few to scale up.
    const narrow = rule({ tags: ["vip"], areas: ["Okinawa"] });
    const exact = await countSegmentReach({ accountId, rule: narrow });
    expect(exact).toBeGreaterThan(0);
    expect(exact).toBeLessThan(MIN_SAMPLED_MATCHES * 10);
    expect(await estimateSegmentReach({ accountId, rule: narrow })).toEqual({ count: exact, estimated: false });
  });

  it("shows nobody as an exact 0", async () => {
    expect(await estimateSegmentReach({ accountId, rule: rule({ areas: ["Nowhere"] }) })).toEqual({ count: 0, estimated: false });
  });
});

describe("estimateSegmentReach on small accounts", () => {
  it("counts every follower exactly when the account is small enough to read in full", async () => {
    const account = await newAccount();
    await seedFollowers({ accountId: account.id, count: 8_000 });
    for (const input of [{}, { genders: ["female"] }, { tags: ["vip"], areas: ["Tokyo"] }] as SegmentRuleInput[]) {
      const exact = await countSegmentReach({ accountId: account.id, rule: rule(input) });
      const reach = await estimateSegmentReach({ accountId: account.id, rule: rule(input) });
      expect(reach).toEqual({ count: exact, estimated: false });
      expect(formatReach(reach)).toBe(exact.toLocaleString("en-US"));
    }
  });

  it("never counts another account's followers", async () => {
    const mine = await newAccount();
    const other = await newAccount();
    await seedFollowers({ accountId: other.id, count: 2_000 });
    expect(await estimateSegmentReach({ accountId: mine.id, rule: rule({}) })).toEqual({ count: 0, estimated: false });
  });
});
