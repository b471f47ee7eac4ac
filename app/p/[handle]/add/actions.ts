"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientAddress } from "@/lib/auth/sign-in-throttle";
import { AppError } from "@/lib/errors";
import { parseForm, runFormAction, type ActionState } from "@/lib/forms/action-state";
import { addFriend } from "@/lib/platform/add-friend";
import { assertAddFriendAllowed } from "@/lib/platform/add-friend-throttle";
import { FRIEND_COOKIE_MAX_AGE_SECONDS, friendCookieName, openFriendCookie, sealFriendCookie } from "@/lib/platform/friend-cookie";
import { findPublicAccount } from "@/lib/platform/get-public-account";
import { getPublicOrigin } from "@/lib/platform/get-public-origin";
import { addFriendSchema } from "@/lib/platform/schemas";
import { INBOX_COOKIE_NAME, addInboxToken, inboxCookieOptions } from "@/lib/inbox/inbox-cookie";

/** No sign-in here: this page stands in for the messenger app's own "Add friend" button. */
export async function addFriendAction(handle: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const account = await findPublicAccount(handle);
    if (!account) throw new AppError("not_found", "This account doesn't exist any more. Check the QR code or the address.");
    const input = parseForm(addFriendSchema, formData);
    const requestHeaders = await headers();
    await assertAddFriendAllowed(clientAddress(requestHeaders));

    const jar = await cookies();
    const cookieName = friendCookieName(account.id);
    const { externalId, inboxToken } = await addFriend({
      accountId: account.id,
      rememberedExternalId: openFriendCookie(account.id, jar.get(cookieName)?.value),
      displayName: input.displayName,
    });
    const secure = getPublicOrigin(requestHeaders).startsWith("https:");
    jar.set(cookieName, sealFriendCookie(account.id, externalId), {
      httpOnly: true,
      sameSite: "lax",
      secure,
      path: "/",
      maxAge: FRIEND_COOKIE_MAX_AGE_SECONDS,
    });
    // The chat list shows every account this browser added: it remembers the links it was handed.
    jar.set(INBOX_COOKIE_NAME, addInboxToken(jar.get(INBOX_COOKIE_NAME)?.value, inboxToken), inboxCookieOptions({ secure }));
    redirect(`/f/${inboxToken}`);
  });
}
