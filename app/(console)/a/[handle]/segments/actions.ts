"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireRole } from "@/lib/auth/require-role";
import { toAppError } from "@/lib/errors";
import { parseForm, runFormAction, type ActionState } from "@/lib/forms/action-state";
import { createSegment } from "@/lib/segments/create-segment";
import { deleteSegment } from "@/lib/segments/delete-segment";
import { estimateSegmentReach, type SegmentReach } from "@/lib/segments/estimate-segment-reach";
import { createSegmentSchema, deleteSegmentSchema, parseRuleInput, updateSegmentSchema } from "@/lib/segments/schemas";
import { updateSegment } from "@/lib/segments/update-segment";

export type ReachEstimate = ({ status: "ok" } & SegmentReach) | { status: "error"; message: string };

/** Called by the builder as the rule changes; checks the role itself, like every action. */
export async function estimateReachAction(handle: string, rule: unknown): Promise<ReachEstimate> {
  try {
    const { account } = await requireRole({ handle, permission: "followers.view" });
    return { status: "ok", ...(await estimateSegmentReach({ accountId: account.id, rule: parseRuleInput(rule) })) };
  } catch (error) {
    const appError = toAppError(error);
    if (!appError) throw error;
    return { status: "error", message: appError.message };
  }
}

export async function createSegmentAction(handle: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account } = await requireRole({ handle, permission: "followers.edit" });
    await createSegment({ accountId: account.id, input: parseForm(createSegmentSchema, formData) });
    revalidatePath(`/a/${account.handle}/segments`);
    redirect(`/a/${account.handle}/segments`);
  });
}

export async function updateSegmentAction(handle: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account } = await requireRole({ handle, permission: "followers.edit" });
    const input = parseForm(updateSegmentSchema, formData);
    await updateSegment({ accountId: account.id, input });
    revalidatePath(`/a/${account.handle}/segments`, "layout");
    return `Saved “${input.name}”.`;
  });
}

export async function deleteSegmentAction(handle: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account } = await requireRole({ handle, permission: "followers.edit" });
    await deleteSegment({ accountId: account.id, input: parseForm(deleteSegmentSchema, formData) });
    revalidatePath(`/a/${account.handle}/segments`);
    redirect(`/a/${account.handle}/segments`);
  });
}
