import "server-only";
import type { Transport } from "@/lib/delivery/types";

/**
 * Delivers into Friendcast's own follower inbox. Marks the rows sent and writes their inbox
 * entries in one statement, inside the deliver transaction: only rows this call moved from
 * pending get an entry, and the delivery_id key makes a replay write nothing.
 */
export const inboxTransport: Transport = {
  kind: "database",
  name: "inbox",
  async send(batch, tx) {
    const ids = batch.recipients.map((r) => r.deliveryId.toString());
    const followerIds = batch.recipients.map((r) => r.followerId.toString());
    const bubbles = batch.recipients.map((r) => JSON.stringify(r.bubbles));
    const rows = await tx.$queryRaw<{ id: bigint }[]>`
      WITH moved AS (
        UPDATE deliveries SET status = 'sent', sent_at = now()
        WHERE id = ANY(${ids}::bigint[]) AND status = 'pending'
        RETURNING id
      ), written AS (
        INSERT INTO inbox_messages (delivery_id, account_id, follower_id, campaign_id, bubbles)
        SELECT t.id, ${batch.accountId}::uuid, t.follower_id, ${batch.campaignId}::uuid, t.bubbles
        FROM unnest(${ids}::bigint[], ${followerIds}::bigint[], ${bubbles}::jsonb[]) AS t(id, follower_id, bubbles)
        JOIN moved USING (id)
        ON CONFLICT (delivery_id) DO NOTHING
      )
      SELECT id FROM moved`;
    return rows.map((r) => r.id);
  },
};
