import "server-only";
import { prisma } from "@/lib/db";
import { followerRowSelect } from "@/lib/followers/follower-select";

/** One follower of the account, or null — another account's follower is as missing as no follower. */
export async function findFollower({ accountId, id }: { accountId: string; id: bigint }) {
  return prisma.follower.findFirst({
    where: { id, accountId },
    select: {
      ...followerRowSelect,
      source: true,
      attributes: true,
      unfollowedAt: true,
      lastInteractionAt: true,
      createdAt: true,
    },
  });
}
