import "server-only";
import { prisma } from "@/lib/db";
import type { Transport } from "@/lib/delivery/types";

/**
 * Delivers into Friendcast's own follower inbox, in ONE statement: lock the batch row (only while
 * it is still pending), move its rows from pending to sent, write an inbox entry for exactly the
 * rows moved, mark the batch done and add to the campaign's counters. A second run of the same
 * batch waits on the batch row, then finds it done and changes nothing; delivery_id as the inbox
 * key is the last guard. One statement means no lock is held across round trips to a busy worker,
 * which matters because every batch updates the same campaign row.
 */
export const inboxTransport: Transport = {
  kind: "database",
  name: "inbox",
  async send(batch, { batchNo }) {
    const ids = batch.recipients.map((r) => r.deliveryId.toString());
    const followerIds = batch.recipients.map((r) => r.followerId.toString());
    const bubbles = batch.recipients.map((r) => JSON.stringify(r.bubbles));
    const rows = await prisma.$queryRaw<{ sent: bigint; resolved: boolean }[]>`
      WITH batch AS (
        SELECT batch_no FROM delivery_batches
        WHERE campaign_id = ${batch.campaignId}::uuid AND batch_no = ${batchNo} AND status = 'pending'
        FOR UPDATE
      ), moved AS (
        UPDATE deliveries SET status = 'sent', sent_at = now()
        WHERE id = ANY(${ids}::bigint[]) AND status = 'pending' AND EXISTS (SELECT 1 FROM batch)
        RETURNING id
      ), written AS (
        INSERT INTO inbox_messages (delivery_id, account_id, follower_id, campaign_id, bubbles)
        SELECT t.id, ${batch.accountId}::uuid, t.follower_id, ${batch.campaignId}::uuid, t.bubbles
        FROM unnest(${ids}::bigint[], ${followerIds}::bigint[], ${bubbles}::jsonb[]) AS t(id, follower_id, bubbles)
        JOIN moved USING (id)
        ON CONFLICT (delivery_id) DO NOTHING
      ), done AS (
        UPDATE delivery_batches SET status = 'done'
        WHERE campaign_id = ${batch.campaignId}::uuid AND batch_no IN (SELECT batch_no FROM batch)
      ), counted AS (
        UPDATE campaigns SET sent = sent + (SELECT count(*) FROM moved)
        WHERE id = ${batch.campaignId}::uuid AND EXISTS (SELECT 1 FROM batch)
      )
      SELECT (SELECT count(*) FROM moved) AS sent, EXISTS (SELECT 1 FROM batch) AS resolved`;
    return Number(rows[0]?.sent ?? 0);
  },
};
