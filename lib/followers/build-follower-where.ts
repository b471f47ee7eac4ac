import type { Prisma } from "@/lib/generated/prisma/client";
import { birthYearRanges } from "@/lib/followers/birth-year-ranges";
import type { FollowerFilter } from "@/lib/followers/schemas";

/**
 * The one translation of a filter into a query, always under the account: the list, the export,
 * segment reach and campaign audiences all count the same people.
 */
export function buildFollowerWhere(accountId: string, filter: Partial<FollowerFilter>, now = new Date()): Prisma.FollowerWhereInput {
  const and: Prisma.FollowerWhereInput[] = [];
  if (filter.q) {
    and.push({ OR: [{ externalId: filter.q }, { displayName: { contains: filter.q, mode: "insensitive" } }] });
  }
  if (filter.status) and.push({ status: filter.status });
  if (filter.genders?.length) and.push({ gender: { in: filter.genders } });
  if (filter.ageBands?.length) {
    const ranges = birthYearRanges(filter.ageBands, now.getUTCFullYear());
    and.push(ranges.length === 1 ? { birthYear: ranges[0] } : { OR: ranges.map((birthYear) => ({ birthYear })) });
  }
  if (filter.areas?.length) and.push({ area: { in: filter.areas } });
  if (filter.languages?.length) and.push({ language: { in: filter.languages } });
  if (filter.os?.length) and.push({ os: { in: filter.os } });
  if (filter.followedWithinDays) {
    and.push({ followedAt: { gte: new Date(now.getTime() - filter.followedWithinDays * 86_400_000) } });
  }
  if (filter.tags?.length) {
    and.push({ tags: filter.tagMode === "all" ? { hasEvery: filter.tags } : { hasSome: filter.tags } });
  }
  return { accountId, AND: and };
}
