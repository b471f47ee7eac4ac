import "server-only";
import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db";
import { applyFollow } from "@/lib/followers/apply-follow";
import { retryOnUniqueConflict } from "@/lib/platform/retry-on-unique-conflict";

/** Like a platform user id, but marked as minted by the add-friend page. */
function newQrExternalId(): string {
  return `qr-${randomBytes(16).toString("hex")}`;
}

/**
 * A visitor taps "Add friend" on the QR landing page: the same friend-add as a platform follow
 * event, through applyFollow. A browser that added before passes its remembered external id, so
 * a re-scan finds (or unblocks) the same follower instead of creating a second one.
 */
export async function addFriend({
  accountId,
  rememberedExternalId,
  displayName,
  at = new Date(),
}: {
  accountId: string;
  rememberedExternalId: string | null;
  displayName: string;
  at?: Date;
}) {
  const externalId = rememberedExternalId ?? newQrExternalId();
  const follower = await retryOnUniqueConflict(() =>
    prisma.$transaction((tx) =>
      applyFollow(tx, { accountId, externalId, profile: displayName ? { displayName } : {}, at, source: "qr" }),
    ),
  );
  return { externalId, inboxToken: follower.inboxToken, isNew: follower.isNew };
}
