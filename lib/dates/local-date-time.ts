import { formatDateTime } from "@/lib/followers/format-date-time";

/** Minutes the zone is ahead of UTC at `at` (e.g. +540 for Asia/Tokyo). */
function offsetMinutes(at: Date, timeZone: string): number {
  const local = formatDateTime(at, timeZone); // "YYYY-MM-DD HH:mm"
  const asUtc = Date.parse(`${local.replace(" ", "T")}:00Z`);
  return Math.round((asUtc - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** A `<input type="datetime-local">` value ("2026-12-01T09:00") for `at` in the account's timezone. */
export function toLocalInputValue(at: Date, timeZone: string): string {
  return formatDateTime(at, timeZone).replace(" ", "T");
}

/**
 * The instant a wall-clock time ("2026-12-01T09:00") names in `timeZone`. Returns null for text
 * that isn't such a time. Two passes settle the offset across a DST change; a wall time skipped by
 * a spring-forward lands an hour later, as a phone's clock app would.
 */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const wallAsUtc = Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!, +match[4]!, +match[5]!);
  if (Number.isNaN(wallAsUtc) || toLocalInputValue(new Date(wallAsUtc), "UTC") !== value.trim()) return null;
  let guess = wallAsUtc - offsetMinutes(new Date(wallAsUtc), timeZone) * 60_000;
  guess = wallAsUtc - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}
