import "server-only";
import { prisma } from "@/lib/db";
import { followerRowSelect } from "@/lib/followers/follower-select";

/**
 * One page of an account's followers in id order, for integrations that copy the whole list:
 * keyset paging stays as fast on the last page as on the first and never skips a row that was
 * added while paging.
 */
export async function listFollowersByCursor({ accountId, cursor, limit }: { accountId: string; cursor?: bigint; limit: number }) {
  const rows = await prisma.follower.findMany({
    where: { accountId, ...(cursor !== undefined ? { id: { gt: cursor } } : {}) },
    orderBy: { id: "asc" },
    take: limit + 1,
    select: followerRowSelect,
  });
  const page = rows.slice(0, limit);
  const hasMore = rows.length > limit;
  return { followers: page, nextCursor: hasMore ? page[page.length - 1]!.id : null };
}
