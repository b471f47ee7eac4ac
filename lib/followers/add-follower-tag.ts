import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { MAX_TAGS_PER_FOLLOWER, type FollowerTagInput } from "@/lib/followers/schemas";

/**
 * Tags a follower and records it in their history, together. The update only happens when the
 * tag is missing and there is room, in one statement, so two people adding the same tag at once
 * leave it there once and one history entry.
 */
export async function addFollowerTag({ accountId, followerId, actorId, input }: { accountId: string; followerId: bigint; actorId: string; input: FollowerTagInput }) {
  const { tag } = input;
  await prisma.$transaction(async (tx) => {
    const updated = await tx.$executeRaw`
      UPDATE followers SET tags = array_append(coalesce(tags, '{}'), ${tag}::text), updated_at = now()
      WHERE id = ${followerId} AND account_id = ${accountId}::uuid
        AND NOT (${tag}::text = ANY (coalesce(tags, '{}')))
        AND cardinality(coalesce(tags, '{}')) < ${MAX_TAGS_PER_FOLLOWER}`;
    if (updated === 0) {
      const follower = await tx.follower.findFirst({ where: { id: followerId, accountId }, select: { tags: true } });
      if (!follower) throw new AppError("not_found", "There is no such follower in this account. It may have been removed; go back to the follower list.");
      if (follower.tags.includes(tag)) {
        throw new AppError("conflict", `This follower already has the tag “${tag}”.`, { fields: { tag: `Already tagged “${tag}”.` } });
      }
      throw new AppError("unprocessable", `A follower can have at most ${MAX_TAGS_PER_FOLLOWER} tags. Remove one before adding “${tag}”.`, {
        fields: { tag: `At most ${MAX_TAGS_PER_FOLLOWER} tags; remove one first.` },
      });
    }
    await tx.followerActivity.create({ data: { accountId, followerId, kind: "tag_added", occurredAt: new Date(), detail: { tag, by: actorId } } });
  });
}
