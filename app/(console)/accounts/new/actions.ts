"use server";
import { redirect } from "next/navigation";
import { createAccount } from "@/lib/accounts/create-account";
import { createAccountSchema } from "@/lib/accounts/schemas";
import { getSessionUserOrThrow } from "@/lib/auth/get-session-user";
import { parseForm, runFormAction, type ActionState } from "@/lib/forms/action-state";

export async function createAccountAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  let handle: string | undefined;
  const state = await runFormAction(formData, async () => {
    const user = await getSessionUserOrThrow();
    const input = parseForm(createAccountSchema, formData);
    handle = (await createAccount({ ownerId: user.id, input })).handle;
  });
  if (handle) redirect(`/a/${handle}`);
  return state;
}
