import "server-only";
import { randomBytes } from "node:crypto";

/** 32 random bytes as hex, like a LINE channel secret: the HMAC key for this account's webhooks. */
export function createChannelSecret(): string {
  return randomBytes(32).toString("hex");
}
