import "server-only";
import { createHmac, hkdfSync } from "node:crypto";
import { z } from "zod";
import { constantTimeEqual } from "@/lib/platform/constant-time-equal";

/** Which link of which delivery a `/r/<token>` stands for: never the URL itself. */
export type LinkRef = { deliveryId: bigint; bubbleIndex: number; linkIndex: number };

let cachedKey: { secret: string; key: Buffer } | undefined;

/**
 * A key of its own, derived from AUTH_SECRET, so a click token can never be replayed as (or
 * forged from) a session cookie or an add-friend cookie signed with the same secret.
 */
function trackingKey(): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set; click tracking links can't be signed.");
  if (cachedKey?.secret !== secret) {
    cachedKey = { secret, key: Buffer.from(hkdfSync("sha256", secret, "friendcast", "click-tracking-token", 32)) };
  }
  return cachedKey.key;
}

function sign(payload: string): string {
  return createHmac("sha256", trackingKey()).update(payload).digest("base64url");
}

const payloadSchema = z.string().regex(/^(\d{1,19})\.(\d{1,2})\.(\d{1,3})$/);

/** `<deliveryId>.<bubble>.<link>.<signature>`: short enough for a URL, useless once altered. */
export function createTrackingToken({ deliveryId, bubbleIndex, linkIndex }: LinkRef): string {
  const payload = `${deliveryId}.${bubbleIndex}.${linkIndex}`;
  return `${payload}.${sign(payload)}`;
}

/** The link a token names, or null for anything this server didn't sign exactly so. */
export function openTrackingToken(token: string): LinkRef | null {
  if (token.length > 200) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  if (!payloadSchema.safeParse(payload).success) return null;
  if (!constantTimeEqual(token.slice(dot + 1), sign(payload))) return null;
  const [deliveryId, bubbleIndex, linkIndex] = payload.split(".");
  return { deliveryId: BigInt(deliveryId!), bubbleIndex: Number(bubbleIndex), linkIndex: Number(linkIndex) };
}
