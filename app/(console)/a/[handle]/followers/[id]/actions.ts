"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require-role";
import { AppError } from "@/lib/errors";
import { addFollowerTag } from "@/lib/followers/add-follower-tag";
import { parseFollowerId } from "@/lib/followers/parse-follower-id";
import { removeFollowerTag } from "@/lib/followers/remove-follower-tag";
import { followerTagInputSchema } from "@/lib/followers/schemas";
import { parseForm, runFormAction, type ActionState } from "@/lib/forms/action-state";

// Follower ids cross into the browser as strings (BigInt isn't serializable) and come back here.
function followerIdOrThrow(id: string): bigint {
  const followerId = parseFollowerId(id);
  if (followerId === undefined) throw new AppError("not_found", "There is no such follower in this account. Go back to the follower list.");
  return followerId;
}

export async function addFollowerTagAction(handle: string, id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account, user } = await requireRole({ handle, permission: "followers.edit" });
    const followerId = followerIdOrThrow(id);
    const input = parseForm(followerTagInputSchema, formData);
    await addFollowerTag({ accountId: account.id, followerId, actorId: user.id, input });
    revalidatePath(`/a/${account.handle}/followers/${followerId}`);
    return `Tagged “${input.tag}”.`;
  });
}

export async function removeFollowerTagAction(handle: string, id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account, user } = await requireRole({ handle, permission: "followers.edit" });
    const followerId = followerIdOrThrow(id);
    const input = parseForm(followerTagInputSchema, formData);
    await removeFollowerTag({ accountId: account.id, followerId, actorId: user.id, input });
    revalidatePath(`/a/${account.handle}/followers/${followerId}`);
    return `Removed “${input.tag}”.`;
  });
}
