import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildSegmentWhere } from "@/lib/segments/build-segment-where";
import { getSegmentOrThrow } from "@/lib/segments/get-segment-or-throw";

/**
 * A saved segment as a follower query, for campaign audiences: the same people its reach counts
 * (following only). Throws not_found for a segment of another account.
 */
export async function getSegmentWhere({ accountId, segmentId }: { accountId: string; segmentId: string }): Promise<Prisma.FollowerWhereInput> {
  const segment = await getSegmentOrThrow({ accountId, segmentId });
  return buildSegmentWhere(accountId, segment.rule);
}
