import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ageBandOf } from "@/lib/followers/age-band-of";
import { seedAudienceShares, seedFollowers } from "@/lib/followers/seed-followers";
import { createTestAccount, createTestUser } from "@/lib/test/factories";

async function newAccount() {
  const owner = await createTestUser();
  return createTestAccount({ ownerId: owner.id });
}

describe("seedFollowers", () => {
  it("spreads followers like a messenger's audience: young women heaviest, few over 60, big cities first", async () => {
    const account = await newAccount();
    const now = new Date();
    const result = await seedFollowers({ accountId: account.id, count: 10_000, now });
    expect(result).toEqual({ inserted: 10_000, firstNumber: 1, lastNumber: 10_000 });

    const followers = await prisma.follower.findMany({
      where: { accountId: account.id },
      select: { externalId: true, gender: true, birthYear: true, area: true, language: true, os: true, status: true, tags: true, followedAt: true, unfollowedAt: true, source: true },
    });
    expect(followers).toHaveLength(10_000);
    const share = (predicate: (f: (typeof followers)[number]) => boolean) => followers.filter(predicate).length / followers.length;

    const women20s = share((f) => f.gender === "female" && ageBandOf(f.birthYear, now) === "20s");
    const men60plus = share((f) => f.gender === "male" && ageBandOf(f.birthYear, now) === "60_plus");
    const over60 = share((f) => ageBandOf(f.birthYear, now) === "60_plus");
    expect(women20s).toBeGreaterThan(3 * men60plus);
    expect(over60).toBeLessThan(0.16);
    expect(share((f) => f.gender === "female")).toBeGreaterThan(share((f) => f.gender === "male"));
    // Within a couple of points of the designed shares.
    for (const cell of seedAudienceShares()) {
      const actual = share((f) => f.gender === cell.gender && ageBandOf(f.birthYear, now) === cell.band);
      expect(Math.abs(actual - cell.share), `${cell.gender} ${cell.band}`).toBeLessThan(0.02);
    }

    const byArea = new Map<string | null, number>();
    for (const f of followers) byArea.set(f.area, (byArea.get(f.area) ?? 0) + 1);
    const topAreas = [...byArea.entries()].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([area]) => area);
    expect(topAreas[0]).toBe("Tokyo");
    expect(topAreas).toEqual(expect.arrayContaining(["Kanagawa", "Osaka"]));

    expect(share((f) => f.language === "ja")).toBeGreaterThan(0.85);
    expect(new Set(followers.map((f) => f.language))).toEqual(new Set(["ja", "en", "zh", "ko"]));
    expect(share((f) => f.os === "ios") + share((f) => f.os === "android")).toBeGreaterThan(0.95);
    expect(share((f) => f.status === "blocked")).toBeCloseTo(0.1, 1);
    expect(share((f) => f.tags.includes("vip"))).toBeCloseTo(0.05, 1);
    expect(share((f) => f.tags.includes("regular"))).toBeCloseTo(0.2, 1);
    expect(followers.every((f) => f.source === "seed")).toBe(true);

    const twoYearsAgo = now.getTime() - 731 * 86_400_000;
    expect(followers.every((f) => f.followedAt.getTime() >= twoYearsAgo && f.followedAt.getTime() <= now.getTime())).toBe(true);
    expect(followers.every((f) => (f.status === "blocked") === (f.unfollowedAt !== null))).toBe(true);
    expect(followers.every((f) => f.unfollowedAt === null || (f.unfollowedAt >= f.followedAt && f.unfollowedAt.getTime() <= now.getTime()))).toBe(true);
    expect(share((f) => f.followedAt.getTime() > now.getTime() - 365 * 86_400_000)).toBeGreaterThan(0.5);
  });

  it("continues the numbering on a second run and adds nothing for 0", async () => {
    const account = await newAccount();
    expect(await seedFollowers({ accountId: account.id, count: 0 })).toEqual({ inserted: 0, firstNumber: 1, lastNumber: 0 });
    expect(await prisma.follower.count({ where: { accountId: account.id } })).toBe(0);
    await seedFollowers({ accountId: account.id, count: 5 });
    expect(await seedFollowers({ accountId: account.id, count: 3 })).toEqual({ inserted: 3, firstNumber: 6, lastNumber: 8 });
    expect(await seedFollowers({ accountId: account.id, count: 0 })).toEqual({ inserted: 0, firstNumber: 9, lastNumber: 8 });
    const ids = (await prisma.follower.findMany({ where: { accountId: account.id }, orderBy: { id: "asc" }, select: { externalId: true } })).map((f) => f.externalId);
    expect(ids).toEqual(Array.from({ length: 8 }, (_, i) => `seed-${i + 1}`));
  });

  it("numbers each account on its own and gives accounts different people", async () => {
    const a = await newAccount();
    const b = await newAccount();
    await seedFollowers({ accountId: a.id, count: 50 });
    await seedFollowers({ accountId: b.id, count: 50 });
    const profile = async (accountId: string) =>
      (await prisma.follower.findMany({ where: { accountId }, orderBy: { id: "asc" }, select: { externalId: true, displayName: true, birthYear: true, area: true } }));
    const [pa, pb] = [await profile(a.id), await profile(b.id)];
    expect(pa.map((f) => f.externalId)).toEqual(pb.map((f) => f.externalId));
    expect(pa.map((f) => [f.displayName, f.birthYear, f.area])).not.toEqual(pb.map((f) => [f.displayName, f.birthYear, f.area]));
  });

  it("adds concurrent seeds of one account one after the other, without clashing ids", async () => {
    const account = await newAccount();
    await Promise.all([seedFollowers({ accountId: account.id, count: 20 }), seedFollowers({ accountId: account.id, count: 20 })]);
    expect(await prisma.follower.count({ where: { accountId: account.id } })).toBe(40);
  });
});
