import "server-only";
import { pgPool } from "@/lib/db";
import type { BatchKey, SendOutcome } from "@/lib/delivery/types";

export type BatchOutcome =
  /** Sent, except the recipients a gateway refused for good (by position in the batch), which are failed with its answer. */
  | { status: "sent"; refused?: SendOutcome["refused"] }
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
 * retry key. Runs on the plain pool (see lib/db.ts) as a prepared statement: it is one of the two
 * statements per batch.
 */
export async function resolveBatch({ campaignId, batchNo }: BatchKey, outcome: BatchOutcome): Promise<ResolvedBatch> {
  const reason = outcome.status === "failed" ? outcome.reason : null;
  const refused = outcome.status === "sent" ? (outcome.refused ?? []) : [];
  const { rows } = await pgPool.query<{ resolved: boolean; written: string; may_be_done: boolean }>({
    // Named: each connection parses and plans it once, then sends only the values.
    name: "resolve-batch",
    text: `WITH relaxed AS (
      SELECT set_config('synchronous_commit', 'off', true)
    ), batch AS (
      SELECT follower_ids FROM delivery_batches
      WHERE campaign_id = $1::uuid AND batch_no = $2 AND status = 'pending'
      FOR UPDATE
    ), written AS (
      INSERT INTO deliveries (campaign_id, follower_id, batch_no, status, error, sent_at)
      SELECT $1::uuid, t.follower_id, $2,
             CASE WHEN r.reason IS NULL THEN $3::text ELSE 'failed' END::"DeliveryStatus",
             coalesce(r.reason, $4::text),
             CASE WHEN r.reason IS NULL AND $3::text = 'sent' THEN now() END
      FROM batch, unnest(batch.follower_ids) WITH ORDINALITY AS t(follower_id, position)
      LEFT JOIN unnest($5::int[], $6::int[], $7::text[]) AS r(first, last, reason) ON t.position BETWEEN r.first AND r.last
      WHERE $3::text <> 'skipped'
      RETURNING status
    ), done AS (
      UPDATE delivery_batches SET status = 'done'
      WHERE campaign_id = $1::uuid AND batch_no = $2 AND EXISTS (SELECT 1 FROM batch)
    ), counted AS (
      UPDATE campaigns SET
        sent = sent + (SELECT count(*) FROM written WHERE status = 'sent'),
        failed = failed + (SELECT count(*) FROM written WHERE status = 'failed')
      WHERE id = $1::uuid AND EXISTS (SELECT 1 FROM batch)
      RETURNING is_plan_done AND sent + failed >= targeted AS may_be_done
    )
    SELECT EXISTS (SELECT 1 FROM batch) AS resolved, (SELECT count(*) FROM written) AS written,
           coalesce((SELECT may_be_done FROM counted), false) AS may_be_done,
           (SELECT count(*) FROM relaxed) AS relaxed`,
    values: [campaignId, batchNo, outcome.status, reason, refused.map((r) => r.first), refused.map((r) => r.last), refused.map((r) => r.reason)],
  });
  const row = rows[0]!;
  return { resolved: row.resolved, written: Number(row.written), mayBeDone: row.may_be_done };
}
