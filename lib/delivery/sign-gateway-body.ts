import { createHmac } from "node:crypto";

/** `X-Friendcast-Signature`: base64 HMAC-SHA256 of the exact bytes sent, as the platform webhook signs. */
export function signGatewayBody(body: string, secret: string): string {
  return createHmac("sha256", secret).update(body).digest("base64");
}
