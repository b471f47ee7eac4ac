import "server-only";
import { prisma } from "@/lib/db";
import { relaxCommit } from "@/lib/campaigns/relax-commit";
import { INBOX_BATCH_SIZE } from "@/lib/campaigns/fanout-settings";
import type { Transport } from "@/lib/delivery/types";

/**
 * Delivers into Friendcast's own follower inbox. A delivered row IS the inbox entry (the inbox
 * renders the campaign's bubbles for the follower when it is read), so delivering a batch is ONE
 * statement that never brings a recipient into the worker: lock the batch row (only while it is
 * still pending), move its rows from pending to sent (a HOT update: deliveries keep free space on
 * every page), mark the batch done and add to the campaign's counter. A second run of the same
 * batch waits on the batch row, then finds it done and changes nothing. One statement also means no
 * lock is held across round trips to a busy worker, which matters because every batch updates the
 * same campaign row.
 */
export const inboxTransport: Transport = {
  kind: "database",
  name: "inbox",
  batchSize: INBOX_BATCH_SIZE,
  async send({ campaignId, batchNo }) {
    const rows = await prisma.$transaction(async (tx) => {
      await relaxCommit(tx);
      return tx.$queryRaw<{ sent: bigint }[]>`
      WITH batch AS (
        SELECT first_delivery_id, last_delivery_id FROM delivery_batches
        WHERE campaign_id = ${campaignId}::uuid AND batch_no = ${batchNo} AND status = 'pending'
        FOR UPDATE
      ), moved AS (
        UPDATE deliveries d SET status = 'sent', sent_at = now()
        FROM batch
        WHERE d.id BETWEEN batch.first_delivery_id AND batch.last_delivery_id
          AND d.campaign_id = ${campaignId}::uuid AND d.batch_no = ${batchNo} AND d.status = 'pending'
        RETURNING 1
      ), done AS (
        UPDATE delivery_batches SET status = 'done'
        WHERE campaign_id = ${campaignId}::uuid AND batch_no = ${batchNo} AND EXISTS (SELECT 1 FROM batch)
      ), counted AS (
        UPDATE campaigns SET sent = sent + (SELECT count(*) FROM moved)
        WHERE id = ${campaignId}::uuid AND EXISTS (SELECT 1 FROM batch)
      )
      SELECT (SELECT count(*) FROM moved) AS sent`;
    });
    return Number(rows[0]?.sent ?? 0);
  },
};
