import "server-only";
import { prisma } from "@/lib/db";
import type { BatchKey } from "@/lib/delivery/types";

export type BatchOutcome =
  /** Sent, except the followers a gateway refused for good, which are failed with its answer. */
  | { status: "sent"; refused?: { followerIds: string[]; reason: string }[] }
  | { status: "failed"; reason: string }
  | { status: "skipped" };
export type ResolvedBatch = {
  /** False when another run had already resolved the batch: this one changed nothing. */
  resolved: boolean;
  written: number;
  /** Planning is done and every targeted recipient is now sent or failed: worth checking whether the campaign has finished. */
  mayBeDone: boolean;
};

/**
 * Resolves one batch in ONE statement, so no lock is held across round trips to a busy worker
 * (every batch of a campaign updates the same campaign row): locks the batch row only while it is
 * still pending, writes a delivery row per recipient with the outcome (none when skipped on
 * cancel: those followers were never messaged), marks the batch done and adds to the campaign's
 * counters. A second run of the same batch waits on the batch row, then finds it done and
 * changes nothing. The unique (campaign_id, follower_id) stays the last guard, but as a plain
 * INSERT: planning puts a follower in one batch only, so a conflict would be a bug to see (the
 * batch fails and stays pending), not something to skip quietly — and ON CONFLICT's speculative
 * insert costs a third more per row.
 *
 * `set_config(…, true)` relaxes this transaction's commit (no wait for the WAL flush, most of a
 * small commit's cost): a commit lost in a crash puts the batch back to pending, and it is
 * delivered again, once, by its job or the reconciler — for a remote gateway under the same
 * retry key.
 */
export async function resolveBatch({ campaignId, batchNo }: BatchKey, outcome: BatchOutcome): Promise<ResolvedBatch> {
  const reason = outcome.status === "failed" ? outcome.reason : null;
  const refused = outcome.status === "sent" ? (outcome.refused ?? []) : [];
  const refusedIds = refused.flatMap((r) => r.followerIds);
  const refusedReasons = refused.flatMap((r) => r.followerIds.map(() => r.reason));
  const [row] = await prisma.$queryRaw<[{ resolved: boolean; written: bigint; may_be_done: boolean }]>`
    WITH relaxed AS (
      SELECT set_config('synchronous_commit', 'off', true)
    ), batch AS (
      SELECT follower_ids FROM delivery_batches
      WHERE campaign_id = ${campaignId}::uuid AND batch_no = ${batchNo} AND status = 'pending'
      FOR UPDATE
    ), written AS (
      INSERT INTO deliveries (campaign_id, follower_id, batch_no, status, error, sent_at)
      SELECT ${campaignId}::uuid, t.follower_id, ${batchNo},
             CASE WHEN r.reason IS NULL THEN ${outcome.status} ELSE 'failed' END::"DeliveryStatus",
             coalesce(r.reason, ${reason}),
             CASE WHEN r.reason IS NULL AND ${outcome.status} = 'sent' THEN now() END
      FROM batch, unnest(batch.follower_ids) AS t(follower_id)
      LEFT JOIN unnest(${refusedIds}::bigint[], ${refusedReasons}::text[]) AS r(follower_id, reason) ON r.follower_id = t.follower_id
      WHERE ${outcome.status} <> 'skipped'
      RETURNING status
    ), done AS (
      UPDATE delivery_batches SET status = 'done'
      WHERE campaign_id = ${campaignId}::uuid AND batch_no = ${batchNo} AND EXISTS (SELECT 1 FROM batch)
    ), counted AS (
      UPDATE campaigns SET
        sent = sent + (SELECT count(*) FROM written WHERE status = 'sent'),
        failed = failed + (SELECT count(*) FROM written WHERE status = 'failed')
      WHERE id = ${campaignId}::uuid AND EXISTS (SELECT 1 FROM batch)
      RETURNING is_plan_done AND sent + failed >= targeted AS may_be_done
    )
    SELECT EXISTS (SELECT 1 FROM batch) AS resolved, (SELECT count(*) FROM written) AS written,
           coalesce((SELECT may_be_done FROM counted), false) AS may_be_done,
           (SELECT count(*) FROM relaxed) AS relaxed`;
  return { resolved: row.resolved, written: Number(row.written), mayBeDone: row.may_be_done };
}
