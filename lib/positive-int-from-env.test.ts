import { describe, expect, it } from "vitest";
import { positiveIntFromEnv } from "@/lib/positive-int-from-env";

describe("positiveIntFromEnv", () => {
  it("uses the default when unset or empty, and the value when it is a whole number above 0", () => {
    expect(positiveIntFromEnv("DELIVER_CONCURRENCY", 3, {})).toBe(3);
    expect(positiveIntFromEnv("DELIVER_CONCURRENCY", 3, { DELIVER_CONCURRENCY: " " })).toBe(3);
    expect(positiveIntFromEnv("DELIVER_CONCURRENCY", 3, { DELIVER_CONCURRENCY: "8" })).toBe(8);
  });

  it("refuses anything else with the variable, the value and what to do", () => {
    for (const bad of ["0", "-2", "2.5", "three", "8 workers"]) {
      expect(() => positiveIntFromEnv("DELIVER_CONCURRENCY", 3, { DELIVER_CONCURRENCY: bad })).toThrow(
        `DELIVER_CONCURRENCY must be a whole number above 0 (it is "${bad}"); fix it, or unset it for the default 3.`,
      );
    }
  });
});
