"use server";
import { revalidatePath } from "next/cache";
import { updateAccountSchema } from "@/lib/accounts/schemas";
import { updateAccount } from "@/lib/accounts/update-account";
import { requireRole } from "@/lib/auth/require-role";
import { parseForm, runFormAction, type ActionState } from "@/lib/forms/action-state";

export async function updateAccountAction(handle: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account, user } = await requireRole({ handle, permission: "account.edit" });
    const input = parseForm(updateAccountSchema, formData);
    await updateAccount({ accountId: account.id, actorId: user.id, input });
    revalidatePath(`/a/${account.handle}`, "layout");
    return "Profile saved.";
  });
}
