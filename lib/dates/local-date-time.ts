import { AppError } from "@/lib/errors";

// The one place wall-clock times in an account's timezone are read and written: the composer's
// "send at" and the campaign page's reschedule both go through here, so they agree on DST.

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** What the wall clock in `timezone` reads at `at`, as a datetime-local value ("2026-12-01T09:00"). */
export function toLocalDateTime(at: Date, timezone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: timezone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The instant a datetime-local value means in `timezone`. Intl has no inverse, so: read the value
 * as if it were UTC, see what the zone's clock shows at that instant, and shift by the difference;
 * a second pass corrects the guess when a DST change lies between. A time skipped by DST (02:30 on
 * a spring-forward night) doesn't exist and is refused rather than silently moved. Errors name the
 * `scheduledAt` field, the only form field that carries such a value.
 */
export function fromLocalDateTime(value: string, timezone: string): Date {
  const match = localPattern.exec(value);
  if (!match) throw new AppError("unprocessable", "Enter the date and time like 2026-12-01 09:00.", { fields: { scheduledAt: "Enter a date and time." } });
  const [, y, mo, d, h, mi] = match.map(Number);
  const wanted = Date.UTC(y!, mo! - 1, d!, h!, mi!);
  // Date.UTC rolls 2026-02-30 over into March; a value that doesn't survive the round trip isn't a real date.
  if (new Date(wanted).toISOString().slice(0, 16) !== value) {
    throw new AppError("unprocessable", `${value.replace("T", " ")} doesn't exist in ${timezone}: there is no such date. Choose another day.`, {
      fields: { scheduledAt: "There is no such date." },
    });
  }
  const offsetAt = (instant: number) => Date.parse(`${toLocalDateTime(new Date(instant), timezone)}:00Z`) - instant;
  let instant = wanted - offsetAt(wanted);
  instant = wanted - offsetAt(instant);
  if (toLocalDateTime(new Date(instant), timezone) !== value) {
    throw new AppError("unprocessable", `${value.replace("T", " ")} doesn't exist in ${timezone} (the clocks skip it). Choose another time.`, {
      fields: { scheduledAt: "This time is skipped by a clock change." },
    });
  }
  return new Date(instant);
}
