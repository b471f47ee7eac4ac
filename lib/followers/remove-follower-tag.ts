import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FollowerTagInput } from "@/lib/followers/schemas";

/** Untags a follower and records it in their history, together; a tag already gone changes nothing. */
export async function removeFollowerTag({ accountId, followerId, actorId, input }: { accountId: string; followerId: bigint; actorId: string; input: FollowerTagInput }) {
  const { tag } = input;
  await prisma.$transaction(async (tx) => {
    const updated = await tx.$executeRaw`
      UPDATE followers SET tags = array_remove(tags, ${tag}::text), updated_at = now()
      WHERE id = ${followerId} AND account_id = ${accountId}::uuid AND ${tag}::text = ANY (tags)`;
    if (updated === 0) {
      const exists = await tx.follower.count({ where: { id: followerId, accountId } });
      if (!exists) throw new AppError("not_found", "There is no such follower in this account. It may have been removed; go back to the follower list.");
      throw new AppError("conflict", `This follower doesn't have the tag “${tag}” (anymore). Reload the page to see their tags.`);
    }
    await tx.followerActivity.create({ data: { accountId, followerId, kind: "tag_removed", occurredAt: new Date(), detail: { tag, by: actorId } } });
  });
}
