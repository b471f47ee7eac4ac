import "server-only";
import { isInboxToken } from "@/lib/inbox/is-inbox-token";

/**
 * The inbox links this browser was handed (by the add-friend page, or by opening a link), so its
 * chat list can show every account it follows. External ids can't serve here: any account admin
 * can import any external id, so they are no identity across accounts. The tokens are the
 * secrets themselves, hence httpOnly; knowing one is already the access this list grants.
 */
export const INBOX_COOKIE_NAME = "friendcast-inboxes";
export const INBOX_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 60 * 60;
/** 33 bytes a token: 60 stay well under a browser's 4 KB cookie limit. */
const MAX_TOKENS = 60;

export function readInboxTokens(value: string | undefined): string[] {
  if (!value) return [];
  return [...new Set(value.split(".").filter((t) => isInboxToken(t)))].slice(0, MAX_TOKENS);
}

/** The list with `token` first; the oldest fall off the end past the limit. */
export function addInboxToken(value: string | undefined, token: string): string {
  return [token, ...readInboxTokens(value).filter((t) => t !== token)].slice(0, MAX_TOKENS).join(".");
}

export function inboxCookieOptions({ secure }: { secure: boolean }) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: INBOX_COOKIE_MAX_AGE_SECONDS };
}
