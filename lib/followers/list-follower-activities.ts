import "server-only";
import { prisma } from "@/lib/db";

export const FOLLOWER_ACTIVITY_PAGE_SIZE = 50;

/**
 * A follower's history, newest first by when it happened (webhook events can arrive out of order),
 * a page at a time: `olderThan` is the last activity id shown.
 */
export async function listFollowerActivities({
  accountId,
  followerId,
  olderThan,
  limit = FOLLOWER_ACTIVITY_PAGE_SIZE,
}: {
  accountId: string;
  followerId: bigint;
  olderThan?: bigint;
  limit?: number;
}) {
  const cursor =
    olderThan === undefined
      ? undefined
      : await prisma.followerActivity.findFirst({ where: { id: olderThan, accountId, followerId }, select: { id: true, occurredAt: true } });
  const rows = await prisma.followerActivity.findMany({
    where: {
      accountId,
      followerId,
      ...(cursor ? { OR: [{ occurredAt: { lt: cursor.occurredAt } }, { occurredAt: cursor.occurredAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { id: true, kind: true, occurredAt: true, detail: true },
  });
  const activities = rows.slice(0, limit);
  return { activities, olderCursor: rows.length > limit ? activities.at(-1)!.id : undefined };
}
