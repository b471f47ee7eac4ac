import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { ageBandOf } from "@/lib/followers/age-band-of";
import { buildFollowerWhere } from "@/lib/followers/build-follower-where";
import { countFollowers } from "@/lib/followers/count-followers";
import { findFollower } from "@/lib/followers/find-follower";
import { listFollowers } from "@/lib/followers/list-followers";
import { ageBands, type FollowerFilter } from "@/lib/followers/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createTestAccount, createTestUser, uniqueSuffix } from "@/lib/test/factories";

async function accountWithFollowers(rows: Omit<Prisma.FollowerCreateManyInput, "accountId" | "externalId">[]) {
  const owner = await createTestUser();
  const account = await createTestAccount({ ownerId: owner.id });
  const prefix = `U${uniqueSuffix()}`;
  // One insert per row keeps ids in the order given, so "newest" is the last row.
  for (const [i, row] of rows.entries()) {
    await prisma.follower.create({ data: { accountId: account.id, externalId: `${prefix}-${i}`, ...row } });
  }
  const ids = (await prisma.follower.findMany({ where: { accountId: account.id }, orderBy: { id: "desc" }, select: { id: true } })).map((f) => f.id);
  return { account, prefix, ids };
}

async function addFollowers(accountId: string, count: number) {
  const prefix = `N${uniqueSuffix()}`;
  for (let i = 0; i < count; i++) await prisma.follower.create({ data: { accountId, externalId: `${prefix}-${i}` } });
}

describe("listFollowers (keyset paging, newest first)", () => {
  it("walks every follower exactly once with Next page, even while new followers arrive", async () => {
    const { account, ids } = await accountWithFollowers(Array.from({ length: 23 }, () => ({})));
    const seen: bigint[] = [];
    let page = await listFollowers({ accountId: account.id, filter: {}, limit: 5 });
    expect(page.newerCursor).toBeUndefined();
    for (;;) {
      seen.push(...page.followers.map((f) => f.id));
      if (page.olderCursor === undefined) break;
      // Followers who arrive mid-walk sort before page 1, so they neither repeat nor push anyone out.
      await addFollowers(account.id, 2);
      page = await listFollowers({ accountId: account.id, filter: {}, limit: 5, after: page.olderCursor });
      expect(page.newerCursor).toBe(page.followers[0]!.id);
    }
    expect(seen).toEqual(ids);
    expect(new Set(seen).size).toBe(23);
  });

  it("walks back with Previous page to the same pages, and fills the first page when it gets back to the top", async () => {
    const { account, ids } = await accountWithFollowers(Array.from({ length: 12 }, () => ({})));
    const first = await listFollowers({ accountId: account.id, filter: {}, limit: 5 });
    const second = await listFollowers({ accountId: account.id, filter: {}, limit: 5, after: first.olderCursor });
    const third = await listFollowers({ accountId: account.id, filter: {}, limit: 5, after: second.olderCursor });
    expect(third.followers.map((f) => f.id)).toEqual(ids.slice(10));
    expect(third.olderCursor).toBeUndefined();

    const backToSecond = await listFollowers({ accountId: account.id, filter: {}, limit: 5, before: third.newerCursor });
    expect(backToSecond.followers.map((f) => f.id)).toEqual(ids.slice(5, 10));
    expect(backToSecond.newerCursor).toBe(ids[5]);
    expect(backToSecond.olderCursor).toBe(ids[9]);

    // Three newer followers arrive: page 1 as it was is still one step back, and has a way further up.
    await addFollowers(account.id, 3);
    const oldFirst = await listFollowers({ accountId: account.id, filter: {}, limit: 5, before: backToSecond.newerCursor });
    expect(oldFirst.followers.map((f) => f.id)).toEqual(ids.slice(0, 5));
    expect(oldFirst.newerCursor).toBe(ids[0]);
    // Only 3 are newer than that: rather than a page of 3, the newest full page, with nothing above it.
    const top = await listFollowers({ accountId: account.id, filter: {}, limit: 5, before: oldFirst.newerCursor });
    expect(top.followers).toHaveLength(5);
    expect(top.newerCursor).toBeUndefined();
    const newest = await listFollowers({ accountId: account.id, filter: {}, limit: 5 });
    expect(top.followers.map((f) => f.id)).toEqual(newest.followers.map((f) => f.id));
    expect(top.followers.map((f) => f.id).slice(3)).toEqual(ids.slice(0, 2));
  });

  it("pages a filtered list by the same keys", async () => {
    const { account, ids } = await accountWithFollowers(Array.from({ length: 10 }, (_, i) => ({ gender: i % 2 ? "female" : "male" })));
    const females = (await prisma.follower.findMany({ where: { accountId: account.id, gender: "female" }, orderBy: { id: "desc" }, select: { id: true } })).map((f) => f.id);
    expect(females).toHaveLength(5);
    const first = await listFollowers({ accountId: account.id, filter: { genders: ["female"] }, limit: 3 });
    const second = await listFollowers({ accountId: account.id, filter: { genders: ["female"] }, limit: 3, after: first.olderCursor });
    expect([...first.followers, ...second.followers].map((f) => f.id)).toEqual(females);
    expect(second.olderCursor).toBeUndefined();
    expect(ids).toHaveLength(10);
  });

  it("finds one follower by exact external id, or by part of the name", async () => {
    const { account, prefix } = await accountWithFollowers([{ displayName: "Mika Tanaka" }, { displayName: "Ren" }, { displayName: "Mikako" }]);
    const byId = await listFollowers({ accountId: account.id, filter: { q: `${prefix}-1` } });
    expect(byId.followers.map((f) => f.displayName)).toEqual(["Ren"]);
    const byName = await listFollowers({ accountId: account.id, filter: { q: "mika" } });
    expect(byName.followers.map((f) => f.displayName)).toEqual(["Mikako", "Mika Tanaka"]);
  });

  it("never lists, counts or finds another account's followers", async () => {
    const a = await accountWithFollowers([{ gender: "female", area: "Tokyo", tags: ["vip"] }, { gender: "male" }]);
    const b = await accountWithFollowers([{ gender: "female", area: "Tokyo", tags: ["vip"], displayName: "Other tenant" }]);
    const filters: Partial<FollowerFilter>[] = [{}, { genders: ["female"] }, { areas: ["Tokyo"] }, { tags: ["vip"] }, { q: "Other tenant" }, { q: `${b.prefix}-0` }];
    for (const filter of filters) {
      const page = await listFollowers({ accountId: a.account.id, filter });
      expect(page.followers.every((f) => a.ids.includes(f.id)), JSON.stringify(filter)).toBe(true);
    }
    expect((await listFollowers({ accountId: a.account.id, filter: { q: `${b.prefix}-0` } })).followers).toEqual([]);
    // A cursor from another account's list still only walks this account.
    const page = await listFollowers({ accountId: a.account.id, filter: {}, after: b.ids[0]! + 1n });
    expect(page.followers.every((f) => a.ids.includes(f.id))).toBe(true);
    expect(await countFollowers({ accountId: a.account.id, filter: {} })).toEqual({ count: 2, isCapped: false });
    expect(await findFollower({ accountId: a.account.id, id: b.ids[0]! })).toBeNull();
    expect((await findFollower({ accountId: b.account.id, id: b.ids[0]! }))?.displayName).toBe("Other tenant");
  });
});

describe("countFollowers", () => {
  it("counts exactly up to the cap, and says when there are more", async () => {
    const { account } = await accountWithFollowers(Array.from({ length: 6 }, (_, i) => ({ status: i < 2 ? "blocked" : "following" })));
    expect(await countFollowers({ accountId: account.id, filter: {}, cap: 10 })).toEqual({ count: 6, isCapped: false });
    expect(await countFollowers({ accountId: account.id, filter: {}, cap: 6 })).toEqual({ count: 6, isCapped: false });
    expect(await countFollowers({ accountId: account.id, filter: {}, cap: 5 })).toEqual({ count: 5, isCapped: true });
    expect(await countFollowers({ accountId: account.id, filter: { status: "blocked" } })).toEqual({ count: 2, isCapped: false });
  });
});

describe("age bands", () => {
  it("puts birth years in bands at the right boundaries", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    const cases: [number | null, string | null][] = [
      [2020, "under_20"],
      [2007, "under_20"],
      [2006, "20s"],
      [1997, "20s"],
      [1996, "30s"],
      [1987, "30s"],
      [1986, "40s"],
      [1977, "40s"],
      [1976, "50s"],
      [1967, "50s"],
      [1966, "60_plus"],
      [1920, "60_plus"],
      [null, null],
    ];
    for (const [birthYear, band] of cases) expect(ageBandOf(birthYear, now), String(birthYear)).toBe(band);
  });

  it("filters by band exactly as the list labels each follower", async () => {
    const now = new Date();
    const year = now.getUTCFullYear();
    const birthYears = [...Array.from({ length: 75 }, (_, i) => year - 5 - i), null];
    const { account } = await accountWithFollowers(birthYears.map((birthYear) => ({ birthYear })));
    const everyone = await listFollowers({ accountId: account.id, filter: {}, limit: 100, now });
    for (const band of ageBands) {
      const expected = everyone.followers.filter((f) => ageBandOf(f.birthYear, now) === band).map((f) => f.id);
      expect(expected.length, band).toBeGreaterThan(0);
      const found = await listFollowers({ accountId: account.id, filter: { ageBands: [band] }, limit: 100, now });
      expect(found.followers.map((f) => f.id), band).toEqual(expected);
    }
    // Any set of bands, adjacent ones merged into one range or not, finds exactly their union.
    for (let mask = 1; mask < 2 ** ageBands.length; mask++) {
      const chosen = ageBands.filter((_, i) => mask & (2 ** i));
      const expected = everyone.followers.filter((f) => chosen.includes(ageBandOf(f.birthYear, now)!)).length;
      expect((await countFollowers({ accountId: account.id, filter: { ageBands: chosen }, now }))?.count, chosen.join("+")).toBe(expected);
    }
  });

  it("turns adjacent bands into one birth-year range an index can bound", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(buildFollowerWhere("acc", { ageBands: ["30s", "20s"] }, now).AND).toEqual([{ birthYear: { gte: 1987, lte: 2006 } }]);
    expect(buildFollowerWhere("acc", { ageBands: ["under_20", "20s", "50s", "60_plus"] }, now).AND).toEqual([
      { OR: [{ birthYear: { gte: 1997 } }, { birthYear: { lte: 1976 } }] },
    ]);
    expect(buildFollowerWhere("acc", { ageBands: [...ageBands] }, now).AND).toEqual([{ birthYear: { not: null } }]);
  });
});
