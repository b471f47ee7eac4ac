"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require-role";
import { parseForm, runFormAction, type ActionState } from "@/lib/forms/action-state";
import { addMember } from "@/lib/members/add-member";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { addMemberSchema, changeMemberRoleSchema, removeMemberSchema } from "@/lib/members/schemas";

export async function addMemberAction(handle: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account, user, role } = await requireRole({ handle, permission: "members.manage" });
    const input = parseForm(addMemberSchema, formData);
    await addMember({ accountId: account.id, actor: { id: user.id, role }, input });
    revalidatePath(`/a/${account.handle}/settings/members`);
    return `Added ${input.email}.`;
  });
}

export async function changeMemberRoleAction(handle: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account, user, role } = await requireRole({ handle, permission: "members.manage" });
    const input = parseForm(changeMemberRoleSchema, formData);
    await changeMemberRole({ accountId: account.id, actor: { id: user.id, role }, input });
    revalidatePath(`/a/${account.handle}`, "layout");
    return "Role changed.";
  });
}

export async function removeMemberAction(handle: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account, user, role } = await requireRole({ handle, permission: "members.manage" });
    const input = parseForm(removeMemberSchema, formData);
    await removeMember({ accountId: account.id, actor: { id: user.id, role }, input });
    revalidatePath(`/a/${account.handle}`, "layout");
    return "Member removed.";
  });
}
