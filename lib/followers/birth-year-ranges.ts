import type { Prisma } from "@/lib/generated/prisma/client";
import { ageBands, type AgeBand } from "@/lib/followers/schemas";

const bandStartAge = (band: AgeBand) => Number(band.slice(0, 2));

/**
 * Birth-year bounds for the chosen age bands in a given year; by year, as platforms estimate age.
 * Adjacent bands merge into one range (20s + 30s = one BETWEEN), so an index on birth year can
 * bound the scan instead of filtering an OR row by row.
 */
export function birthYearRanges(bands: AgeBand[], year: number): Prisma.IntNullableFilter[] {
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
