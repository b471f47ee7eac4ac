import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { bumpEngagement } from "@/lib/inbox/bump-engagement";
import { isInboxToken } from "@/lib/inbox/is-inbox-token";

/** What the inbox's open beacon posts: the deliveries it actually showed on screen. */
export const recordOpensSchema = z.object({
  deliveryIds: z
    .array(z.string().regex(/^\d{1,19}$/, "deliveryIds must be delivery ids as decimal strings"), { message: "deliveryIds must be a list" })
    .max(100, "send at most 100 delivery ids at once"),
});

/**
 * Records that the follower behind `token` saw these deliveries. Only the first open of each
 * counts, and only deliveries of that follower: ids of anyone else's deliveries change nothing.
 * The opened_at stamps and the counters move in one transaction. Returns how many were first opens.
 */
export async function recordOpens({ token, deliveryIds }: { token: string; deliveryIds: string[] }): Promise<number> {
  if (!isInboxToken(token) || deliveryIds.length === 0) return 0;
  return prisma.$transaction(async (tx) => {
    const opened = await tx.$queryRaw<{ campaign_id: string; n: bigint }[]>`
      WITH opened AS (
        UPDATE deliveries d SET opened_at = now()
        FROM followers f
        WHERE f.inbox_token = ${token} AND d.follower_id = f.id
          AND d.id = ANY(${deliveryIds}::bigint[]) AND d.status = 'sent' AND d.opened_at IS NULL
        RETURNING d.campaign_id
      )
      SELECT campaign_id, count(*) AS n FROM opened GROUP BY campaign_id`;
    await bumpEngagement(
      tx,
      opened.map((row) => ({ campaignId: row.campaign_id, opened: Number(row.n), clicked: 0 })),
    );
    return opened.reduce((sum, row) => sum + Number(row.n), 0);
  });
}
