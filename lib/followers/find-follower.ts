import "server-only";
import { prisma } from "@/lib/db";

/** One follower of the account, or null — another account's follower is as missing as no follower. */
export async function findFollower({ accountId, id }: { accountId: string; id: bigint }) {
  return prisma.follower.findFirst({
    where: { id, accountId },
    select: {
      id: true,
      externalId: true,
      displayName: true,
      gender: true,
      birthYear: true,
      area: true,
      language: true,
      os: true,
      status: true,
      source: true,
      tags: true,
      attributes: true,
      followedAt: true,
      unfollowedAt: true,
      lastInteractionAt: true,
      createdAt: true,
    },
  });
}
