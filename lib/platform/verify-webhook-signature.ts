import "server-only";
import { createHmac } from "node:crypto";
import { AppError } from "@/lib/errors";
import { constantTimeEqual } from "@/lib/platform/constant-time-equal";

export const SIGNATURE_HEADER = "x-friendcast-signature";

/** Base64 HMAC-SHA256 of the exact bytes received, as LINE signs its webhooks. */
export function signWebhookBody(channelSecret: string, rawBody: Uint8Array | string): string {
  return createHmac("sha256", channelSecret).update(rawBody).digest("base64");
}

/**
 * Throws `unauthorized` unless the header is the body's signature under this channel secret.
 * The raw bytes are signed, not re-serialised JSON, so whitespace and key order matter.
 */
export function verifyWebhookSignature({
  channelSecret,
  rawBody,
  signature,
}: {
  channelSecret: string;
  rawBody: Uint8Array;
  signature: string | null;
}): void {
  if (!signature) {
    throw new AppError(
      "unauthorized",
      "The X-Friendcast-Signature header is missing. Sign the raw body with HMAC-SHA256 under the channel secret and send it base64-encoded.",
    );
  }
  if (!constantTimeEqual(signature.trim(), signWebhookBody(channelSecret, rawBody))) {
    throw new AppError(
      "unauthorized",
      "The X-Friendcast-Signature header doesn't match the body. Sign the exact bytes you send with this account's current channel secret.",
    );
  }
}
