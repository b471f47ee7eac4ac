import type { Prisma } from "@/lib/generated/prisma/client";
import { buildFollowerWhere } from "@/lib/followers/build-follower-where";
import type { SegmentRule } from "@/lib/segments/schemas";

/**
 * A segment's people: the rule through the shared follower filter, and only those still
 * following, so the reach shown in the builder is the audience a campaign would send to.
 */
export function buildSegmentWhere(accountId: string, rule: SegmentRule, now = new Date()): Prisma.FollowerWhereInput {
  return { ...buildFollowerWhere(accountId, rule, now), status: "following" };
}
