import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export type EngagementCounts = { campaignId: string; opened: number; clicked: number };

/**
 * Adds first opens/clicks to each campaign's counters and to its current UTC hour in
 * campaign_hourly_stats (the report chart reads that, never deliveries). Campaigns are touched
 * in id order so two transactions bumping the same campaigns can't deadlock on each other.
 */
export async function bumpEngagement(tx: Prisma.TransactionClient, counts: EngagementCounts[]) {
  const sorted = counts.filter((c) => c.opened > 0 || c.clicked > 0).sort((a, b) => (a.campaignId < b.campaignId ? -1 : 1));
  for (const { campaignId, opened, clicked } of sorted) {
    await tx.$executeRaw`
      UPDATE campaigns SET opened = opened + ${opened}, clicked = clicked + ${clicked} WHERE id = ${campaignId}::uuid`;
    await tx.$executeRaw`
      INSERT INTO campaign_hourly_stats (campaign_id, hour, opened, clicked)
      VALUES (${campaignId}::uuid, date_trunc('hour', now() AT TIME ZONE 'UTC'), ${opened}, ${clicked})
      ON CONFLICT (campaign_id, hour) DO UPDATE
      SET opened = campaign_hourly_stats.opened + EXCLUDED.opened, clicked = campaign_hourly_stats.clicked + EXCLUDED.clicked`;
  }
}
