import { createHash, randomBytes } from "node:crypto";

export const TOKEN_PREFIX = "fc_";

/** 32 random bytes: far beyond guessing, so a fast SHA-256 is enough to store it (no slow hash needed). */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
