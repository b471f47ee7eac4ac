import "server-only";
import { prisma } from "@/lib/db";
import { getAudienceWhere } from "@/lib/campaigns/get-audience-where";
import type { Audience } from "@/lib/campaigns/schemas";

/** How many followers a send to this audience would reach now: the same filter the send freezes. */
export async function countAudienceReach({ accountId, audience }: { accountId: string; audience: Audience }): Promise<number> {
  return prisma.follower.count({ where: await getAudienceWhere({ accountId, audience }) });
}
