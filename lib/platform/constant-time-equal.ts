import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";

/**
 * Compares two secrets without leaking where they first differ. Both sides are hashed to the
 * same length first: timingSafeEqual throws on unequal lengths, and an early length check would
 * tell a guesser how long the secret is.
 */
export function constantTimeEqual(a: string | Uint8Array, b: string | Uint8Array): boolean {
  const digestA = createHash("sha256").update(a).digest();
  const digestB = createHash("sha256").update(b).digest();
  return timingSafeEqual(digestA, digestB);
}
