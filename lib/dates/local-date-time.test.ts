import { describe, expect, it } from "vitest";
import { fromLocalDateTime, toLocalDateTime } from "@/lib/dates/local-date-time";

describe("datetime-local values in the account's timezone", () => {
  it("reads a wall-clock time in the account's zone, both ways", () => {
    expect(fromLocalDateTime("2026-12-01T09:00", "Asia/Tokyo").toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(toLocalDateTime(new Date("2026-12-01T00:00:00Z"), "Asia/Tokyo")).toBe("2026-12-01T09:00");
    expect(fromLocalDateTime("2026-07-01T09:30", "America/New_York").toISOString()).toBe("2026-07-01T13:30:00.000Z");
    expect(fromLocalDateTime("2026-12-01T09:30", "America/New_York").toISOString()).toBe("2026-12-01T14:30:00.000Z");
    // The autumn fall-back hour happens twice; the first (daylight) one is meant.
    expect(fromLocalDateTime("2026-11-01T01:30", "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("refuses a time the clocks skip, a date that doesn't exist and a malformed value, naming the field", () => {
    // 2026-03-08 02:30 doesn't exist in New York: clocks jump from 02:00 to 03:00.
    expect(() => fromLocalDateTime("2026-03-08T02:30", "America/New_York")).toThrow(/doesn't exist in America\/New_York/);
    expect(() => fromLocalDateTime("2026-02-30T09:00", "Asia/Tokyo")).toThrow(/doesn't exist in Asia\/Tokyo/);
    for (const value of ["tomorrow", "", "2026-12-01 09:00"]) {
      expect(() => fromLocalDateTime(value, "Asia/Tokyo")).toThrow(expect.objectContaining({ code: "unprocessable", fields: { scheduledAt: "Enter a date and time." } }));
    }
  });
});
