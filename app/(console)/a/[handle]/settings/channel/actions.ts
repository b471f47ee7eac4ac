"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require-role";
import { toAppError } from "@/lib/errors";
import { runFormAction, type ActionState } from "@/lib/forms/action-state";
import { getChannelSecretOrThrow } from "@/lib/platform/get-channel-secret";
import { rotateChannelSecret } from "@/lib/platform/rotate-channel-secret";

export type RevealResult = { ok: true; secret: string } | { ok: false; message: string };

/** Fetched on demand so the secret is never part of the page's HTML or its cached payload. */
export async function revealChannelSecretAction(handle: string): Promise<RevealResult> {
  try {
    const { account } = await requireRole({ handle, permission: "account.edit" });
    return { ok: true, secret: await getChannelSecretOrThrow({ accountId: account.id }) };
  } catch (error) {
    const appError = toAppError(error);
    if (!appError) throw error;
    return { ok: false, message: appError.message };
  }
}

export async function rotateChannelSecretAction(handle: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account, user } = await requireRole({ handle, permission: "account.edit" });
    await rotateChannelSecret({ accountId: account.id, actorId: user.id });
    revalidatePath(`/a/${account.handle}/settings/channel`);
    return "Channel secret rotated. Put the new secret into your platform's webhook settings: requests signed with the old one are now refused.";
  });
}
