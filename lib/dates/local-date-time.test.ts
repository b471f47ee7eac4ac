import { describe, expect, it } from "vitest";
import { parseLocalDateTime, toLocalInputValue } from "@/lib/dates/local-date-time";

describe("wall-clock times in the account's timezone", () => {
  it("reads a datetime-local value in the zone and writes it back", () => {
    expect(parseLocalDateTime("2026-12-01T09:00", "Asia/Tokyo")!.toISOString()).toBe("2026-12-01T00:00:00.000Z");
    expect(parseLocalDateTime("2026-07-01T09:30", "America/New_York")!.toISOString()).toBe("2026-07-01T13:30:00.000Z");
    expect(parseLocalDateTime("2026-12-01T09:30", "America/New_York")!.toISOString()).toBe("2026-12-01T14:30:00.000Z");
    expect(toLocalInputValue(new Date("2026-12-01T00:00:00Z"), "Asia/Tokyo")).toBe("2026-12-01T09:00");
  });

  it("refuses what isn't a wall-clock time", () => {
    expect(parseLocalDateTime("tomorrow", "Asia/Tokyo")).toBeNull();
    expect(parseLocalDateTime("2026-02-30T09:00", "Asia/Tokyo")).toBeNull();
    expect(parseLocalDateTime("", "Asia/Tokyo")).toBeNull();
  });
});
