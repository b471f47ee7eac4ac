import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildFollowerWhere } from "@/lib/followers/build-follower-where";
import { getSegmentWhere } from "@/lib/segments/get-segment-where";
import type { Audience } from "@/lib/campaigns/schemas";

/** Who a campaign reaches: the audience's filter, following followers only (blocked ones can't receive). */
export async function getAudienceWhere({ accountId, audience }: { accountId: string; audience: Audience }): Promise<Prisma.FollowerWhereInput> {
  const base = audience.type === "segment" ? await getSegmentWhere({ accountId, segmentId: audience.segmentId }) : buildFollowerWhere(accountId, {});
  return { AND: [base, { accountId, status: "following" }] };
}
