import type { Prisma } from "@/lib/generated/prisma/client";
import { ageBands, type AgeBand, type FollowerFilter } from "@/lib/followers/schemas";

const bandStartAge = (band: AgeBand) => Number(band.slice(0, 2));

/**
 * Birth-year bounds for the chosen age bands in a given year; by year, as platforms estimate age.
 * Adjacent bands merge into one range (20s + 30s = one BETWEEN), so an index on birth year can
 * bound the scan instead of filtering an OR row by row.
 */
function birthYearRanges(bands: AgeBand[], year: number): Prisma.IntNullableFilter[] {
  const runs: AgeBand[][] = [];
  let previous = -2;
  ageBands.forEach((band, index) => {
    if (!bands.includes(band)) return;
    if (index === previous + 1) runs.at(-1)!.push(band);
    else runs.push([band]);
    previous = index;
  });
  return runs.map((run) => {
    const youngest = run[0]!;
    const oldest = run.at(-1)!;
    const range: Prisma.IntNullableFilter = {};
    if (youngest !== "under_20") range.lte = year - bandStartAge(youngest);
    if (oldest !== "60_plus") range.gte = oldest === "under_20" ? year - 19 : year - bandStartAge(oldest) - 9;
    // Every band chosen: anyone whose birth year is known.
    return range.lte === undefined && range.gte === undefined ? { not: null } : range;
  });
}

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
