import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FollowerProfile } from "@/lib/followers/schemas";

type FollowInput = {
  accountId: string;
  externalId: string;
  profile?: FollowerProfile;
  at: Date;
  source: "webhook" | "qr" | "api";
};

/**
 * A friend-add, from the platform webhook or the add-friend page: creates the follower, or brings
 * a blocked one back to following with a fresh followedAt, and records it in their history.
 * Runs inside the caller's transaction so an event is applied whole or not at all.
 */
export async function applyFollow(tx: Prisma.TransactionClient, { accountId, externalId, profile = {}, at, source }: FollowInput) {
  const existing = await tx.follower.findUnique({
    where: { accountId_externalId: { accountId, externalId } },
    select: { id: true, status: true },
  });
  const profileData = Object.fromEntries(Object.entries(profile).filter(([, v]) => v !== undefined));
  const follower = existing
    ? await tx.follower.update({
        where: { id: existing.id },
        data: {
          ...profileData,
          ...(existing.status === "blocked" ? { status: "following", followedAt: at, unfollowedAt: null } : {}),
          lastInteractionAt: at,
        },
        select: { id: true, inboxToken: true },
      })
    : await tx.follower.create({
        data: { accountId, externalId, ...profileData, source, status: "following", followedAt: at, lastInteractionAt: at },
        select: { id: true, inboxToken: true },
      });
  if (!existing || existing.status === "blocked") {
    await tx.followerActivity.create({ data: { accountId, followerId: follower.id, kind: "followed", occurredAt: at, detail: { source } } });
  }
  return { ...follower, isNew: !existing };
}
