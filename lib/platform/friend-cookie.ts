import "server-only";
import { createHmac } from "node:crypto";
import { constantTimeEqual } from "@/lib/platform/constant-time-equal";

/** Long-lived like an app install: a re-scan months later is still the same friend. */
export const FRIEND_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;

export function friendCookieName(accountId: string): string {
  return `friendcast-friend-${accountId}`;
}

function signature(accountId: string, externalId: string): string {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set; the add-friend cookie can't be signed.");
  return createHmac("sha256", secret).update(`add-friend:${accountId}:${externalId}`).digest("base64url");
}

/**
 * The cookie names which follower this browser became. It is signed because the external id
 * picks a follower row and the action hands back that row's private inbox link: an unsigned
 * cookie would let anyone who learns an external id open that person's inbox.
 */
export function sealFriendCookie(accountId: string, externalId: string): string {
  return `${externalId}.${signature(accountId, externalId)}`;
}

/** The external id in a cookie this server sealed for this account, or null for anything else. */
export function openFriendCookie(accountId: string, value: string | undefined): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot <= 0) return null;
  const externalId = value.slice(0, dot);
  return constantTimeEqual(value.slice(dot + 1), signature(accountId, externalId)) ? externalId : null;
}
