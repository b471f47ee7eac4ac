import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { seedFollowers } from "@/lib/followers/seed-followers";
import { buildSegmentSql } from "@/lib/segments/build-segment-sql";
import { buildSegmentWhere } from "@/lib/segments/build-segment-where";
import { segmentRuleSchema, type SegmentRuleInput } from "@/lib/segments/schemas";
import { createTestAccount, createTestUser } from "@/lib/test/factories";

// Campaign planning selects with the SQL form, segment reach and the follower list with the
// Prisma form: for every kind of rule both must name the same people, or a send would reach a
// different audience than the builder showed.
const rules: SegmentRuleInput[] = [
  {},
  { genders: ["female"] },
  { genders: ["male", "unknown"] },
  { ageBands: ["under_20"] },
  { ageBands: ["60_plus"] },
  { ageBands: ["20s", "30s"] },
  { ageBands: ["under_20", "40s", "60_plus"] },
  { ageBands: ["under_20", "20s", "30s", "40s", "50s", "60_plus"] },
  { areas: ["Tokyo", "Osaka"] },
  { languages: ["ja"] },
  { os: ["ios", "other"] },
  { followedWithinDays: 30 },
  { tags: ["vip", "coffee"], tagMode: "any" },
  { tags: ["vip", "coffee"], tagMode: "all" },
  { genders: ["female"], ageBands: ["20s"], areas: ["Tokyo"], os: ["ios"], followedWithinDays: 365, tags: ["vip"], tagMode: "any" },
];

describe("buildSegmentSql", () => {
  it("selects exactly the followers buildSegmentWhere selects, for every kind of rule", async () => {
    const account = await createTestAccount({ ownerId: (await createTestUser()).id });
    await seedFollowers({ accountId: account.id, count: 3_000 });
    // The seed leaves tags empty and everyone following: give some tags and block some, so those criteria bite.
    await prisma.$executeRaw`
      UPDATE followers SET
        tags = CASE id % 4 WHEN 0 THEN ARRAY['vip'] WHEN 1 THEN ARRAY['vip', 'coffee'] WHEN 2 THEN ARRAY['coffee'] ELSE ARRAY[]::text[] END,
        status = CASE WHEN id % 7 = 0 THEN 'blocked'::"FollowerStatus" ELSE status END
      WHERE account_id = ${account.id}::uuid`;
    const now = new Date();
    for (const input of rules) {
      const rule = segmentRuleSchema.parse(input);
      const viaPrisma = await prisma.follower.count({ where: buildSegmentWhere(account.id, rule, now) });
      const [viaSql] = await prisma.$queryRaw<[{ n: bigint }]>(
        Prisma.sql`SELECT count(*) AS n FROM followers f WHERE f.account_id = ${account.id}::uuid AND ${buildSegmentSql(rule, now)}`,
      );
      expect({ rule: input, count: Number(viaSql.n) }).toEqual({ rule: input, count: viaPrisma });
      if (Object.keys(input).length > 0) expect(viaPrisma, JSON.stringify(input)).toBeLessThan(3_000);
    }
  });
});
