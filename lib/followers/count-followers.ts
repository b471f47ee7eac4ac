import "server-only";
import { prisma } from "@/lib/db";
import { buildFollowerWhere } from "@/lib/followers/build-follower-where";
import type { FollowerFilter } from "@/lib/followers/schemas";

export const FOLLOWER_COUNT_CAP = 10_000;

/**
 * How many followers match, counted no further than `cap`: an exact count of a million rows costs
 * a scan of them on every page view, while "10,000+" says all a list needs to say.
 */
export async function countFollowers({ accountId, filter, cap = FOLLOWER_COUNT_CAP, now }: { accountId: string; filter: Partial<FollowerFilter>; cap?: number; now?: Date }) {
  const counted = await prisma.follower.count({ where: buildFollowerWhere(accountId, filter, now), take: cap + 1 });
  return { count: Math.min(counted, cap), isCapped: counted > cap };
}
