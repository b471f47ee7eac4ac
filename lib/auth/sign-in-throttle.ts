import "server-only";
import { createHash } from "node:crypto";
import { AppError } from "@/lib/errors";
import { getRedis } from "@/lib/redis";

// A window, not a permanent lock: a forgetful owner gets back in after a coffee, a guesser gets 5 tries per 15 minutes.
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_EMAIL = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

// Hashed so Redis never holds an email address in clear.
function emailKey(email: string) {
  return `friendcast:signin:fail:email:${createHash("sha256").update(email.trim().toLowerCase()).digest("hex")}`;
}
function addressKey(address: string) {
  return `friendcast:signin:fail:ip:${address}`;
}

export type SignInSource = { email: string; address: string };

/** Throws `rate_limited` when this email or this address has failed too often in the window. */
export async function assertSignInAllowed({ email, address }: SignInSource): Promise<void> {
  const redis = getRedis();
  const keys = [emailKey(email), addressKey(address)];
  const [[, byEmail], [, byAddress], [, emailTtl], [, addressTtl]] = (await redis
    .multi()
    .get(keys[0]!)
    .get(keys[1]!)
    .ttl(keys[0]!)
    .ttl(keys[1]!)
    .exec()) as [[null, string | null], [null, string | null], [null, number], [null, number]];
  const emailBlocked = Number(byEmail ?? 0) >= MAX_FAILURES_PER_EMAIL;
  const addressBlocked = Number(byAddress ?? 0) >= MAX_FAILURES_PER_ADDRESS;
  if (!emailBlocked && !addressBlocked) return;
  const retryAfterSeconds = Math.max(1, emailBlocked ? emailTtl : 0, addressBlocked ? addressTtl : 0);
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new AppError(
    "rate_limited",
    `Too many failed sign-ins ${emailBlocked ? "for this email" : "from your network"}. ` +
      `Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
    { retryAfterSeconds },
  );
}

export async function recordFailedSignIn({ email, address }: SignInSource): Promise<void> {
  const redis = getRedis();
  // NX on EXPIRE keeps the window fixed from the first failure instead of sliding forever.
  await redis
    .multi()
    .incr(emailKey(email))
    .expire(emailKey(email), SIGN_IN_WINDOW_SECONDS, "NX")
    .incr(addressKey(address))
    .expire(addressKey(address), SIGN_IN_WINDOW_SECONDS, "NX")
    .exec();
}

export async function clearFailedSignIns({ email }: Pick<SignInSource, "email">): Promise<void> {
  await getRedis().del(emailKey(email));
}

/**
 * The client's address as the nearest hop saw it. Next fills X-Forwarded-For with the socket
 * address only when the header is absent, so without a proxy that rewrites it a client can
 * choose its own; the per-email limit still holds then. Behind a proxy, the rightmost entry is
 * the one the proxy appended.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
