import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import {
  MAX_FAILURES_PER_ADDRESS,
  MAX_FAILURES_PER_EMAIL,
  SIGN_IN_WINDOW_SECONDS,
  assertSignInAllowed,
  clearFailedSignIns,
  clientAddress,
  recordFailedSignIn,
} from "@/lib/auth/sign-in-throttle";
import { uniqueSuffix } from "@/lib/test/factories";

const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${uniqueSuffix()}`;

describe("sign-in throttle", () => {
  it("refuses an email after repeated failures with a wait time, and a success clears it", async () => {
    const source = { email: `victim-${uniqueSuffix()}@example.com`, address: address() };
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i += 1) {
      await assertSignInAllowed(source);
      await recordFailedSignIn(source);
    }
    const error = await assertSignInAllowed(source).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("rate_limited");
    expect((error as AppError).status).toBe(429);
    expect((error as AppError).message).toMatch(/Too many failed sign-ins for this email\. Wait \d+ minutes?/);
    expect((error as AppError).retryAfterSeconds).toBeGreaterThan(0);
    expect((error as AppError).retryAfterSeconds).toBeLessThanOrEqual(SIGN_IN_WINDOW_SECONDS);
    // A different address doesn't help a guesser: the limit follows the email.
    await expect(assertSignInAllowed({ ...source, address: address() })).rejects.toThrow(/for this email/);
    await clearFailedSignIns(source);
    await assertSignInAllowed(source);
  });

  it("refuses an address that guesses across many emails", async () => {
    const from = address();
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS; i += 1) {
      await recordFailedSignIn({ email: `spray-${i}-${uniqueSuffix()}@example.com`, address: from });
    }
    await expect(assertSignInAllowed({ email: `fresh-${uniqueSuffix()}@example.com`, address: from })).rejects.toThrow(/from your network/);
  });

  it("reads the address the nearest hop appended", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7, 10.0.0.2" }))).toBe("10.0.0.2");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
