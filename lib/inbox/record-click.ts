import "server-only";
import { prisma } from "@/lib/db";
import { bumpEngagement } from "@/lib/inbox/bump-engagement";

/**
 * Records a delivery's first click; a click also counts as the open if none was recorded (the
 * follower may have tapped a notification's link before the beacon ran). Later clicks change
 * nothing. Returns whether this was the first click.
 */
export async function recordClick({ deliveryId }: { deliveryId: bigint }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    // The row lock on `before` makes two simultaneous first clicks count once.
    const rows = await tx.$queryRaw<{ campaign_id: string; was_unopened: boolean }[]>`
      WITH before AS (
        SELECT id, campaign_id, opened_at IS NULL AS was_unopened FROM deliveries
        WHERE id = ${deliveryId} AND status = 'sent' AND clicked_at IS NULL
        FOR UPDATE
      )
      UPDATE deliveries d SET clicked_at = now(), opened_at = coalesce(d.opened_at, now())
      FROM before WHERE d.id = before.id AND d.clicked_at IS NULL
      RETURNING before.campaign_id, before.was_unopened`;
    const row = rows[0];
    if (!row) return false;
    await bumpEngagement(tx, [{ campaignId: row.campaign_id, opened: row.was_unopened ? 1 : 0, clicked: 1 }]);
    return true;
  });
}
