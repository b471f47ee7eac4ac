import type { AgeBand } from "@/lib/followers/schemas";

/**
 * A follower's age band from their birth year, counted by calendar year (UTC) exactly as
 * buildFollowerWhere's ranges count it, so the band shown is the band a filter finds.
 */
export function ageBandOf(birthYear: number | null, now = new Date()): AgeBand | null {
  if (birthYear === null) return null;
  const age = now.getUTCFullYear() - birthYear;
  if (age < 20) return "under_20";
  if (age >= 60) return "60_plus";
  return `${Math.floor(age / 10) * 10}s` as AgeBand;
}
