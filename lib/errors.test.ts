import { describe, expect, it } from "vitest";
import { AppError, errorResponse, toAppError } from "@/lib/errors";

describe("errors", () => {
  it("maps each code to its HTTP status in one JSON shape", async () => {
    const response = errorResponse(new AppError("rate_limited", "Wait a minute.", { retryAfterSeconds: 60 }));
    expect(response.status).toBe(429);
    expect(response.headers.get("Retry-After")).toBe("60");
    expect(await response.json()).toEqual({ error: { code: "rate_limited", message: "Wait a minute." } });
    expect(errorResponse(new AppError("not_found", "Nope.")).status).toBe(404);
    expect(errorResponse(new AppError("unprocessable", "Fix it.", { fields: { a: "b" } })).status).toBe(422);
  });

  it("turns a Prisma unique violation into a conflict and leaves real bugs alone", () => {
    expect(toAppError(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))?.code).toBe("conflict");
    expect(toAppError(new TypeError("bug"))).toBeUndefined();
  });

  it("hides the details of an unexpected error behind a 500", async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const response = errorResponse(new Error("secret internals"));
      expect(response.status).toBe(500);
      expect(JSON.stringify(await response.json())).not.toContain("secret internals");
    } finally {
      console.error = original;
    }
  });
});
