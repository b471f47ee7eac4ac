import "server-only";
import { UnrecoverableError } from "bullmq";
import { pgPool } from "@/lib/db";
import { finishCampaignIfDone } from "@/lib/campaigns/finish-campaign-if-done";
import { MAX_BATCH_ATTEMPTS } from "@/lib/campaigns/fanout-settings";
import { resolveBatch, type BatchOutcome } from "@/lib/campaigns/resolve-batch";
import { bubblesSchema } from "@/lib/campaigns/schemas";
import { cutIntoRequests } from "@/lib/campaigns/cut-into-requests";
import { getTransport } from "@/lib/delivery/get-transport";
import type { BatchKey, JobContext } from "@/lib/delivery/types";

type BatchState = {
  campaign_status: string | null;
  messages: unknown;
  account_id: string | null;
  attempts: number;
  /**
   * Gateway only: the recipients as JSON text of one flat array, externalId then displayName for
   * each in batch order (position p at 2p − 2 and 2p − 1); null, null for a follower deleted since
   * planning.
   */
  recipients: string | null;
};

/**
 * The batch (only while still pending) with its campaign, in one round trip on the plain pool
 * (see lib/db.ts). For a remote transport it also counts this attempt (only a remote call can keep
 * failing, while a database transport's failure is PostgreSQL's and is retried as a job) and
 * brings the recipients' external ids and names as one flat JSON array in text, which costs both
 * sides less than 2,000 result rows, or a JSON array of pairs that PostgreSQL builds and node
 * parses as a value per recipient.
 */
async function loadPendingBatch({ campaignId, batchNo }: BatchKey, forGateway: boolean): Promise<BatchState | undefined> {
  const { rows } = forGateway
    ? await pgPool.query<BatchState>({
        // Named, like the next: each connection parses and plans it once, then sends only the values.
        name: "load-pending-batch-for-gateway",
        text: `WITH batch AS (
          UPDATE delivery_batches b SET attempts = b.attempts + 1
          FROM campaigns c
          WHERE b.campaign_id = $1::uuid AND b.batch_no = $2 AND b.status = 'pending' AND c.id = b.campaign_id
          RETURNING c.status::text AS campaign_status, c.messages, c.account_id::text, b.attempts, b.follower_ids
        )
        SELECT campaign_status, messages, account_id, attempts,
               (SELECT '[' || string_agg(coalesce(to_json(f.external_id)::text, 'null') || ',' || coalesce(to_json(f.display_name)::text, 'null'), ',' ORDER BY t.position) || ']'
                FROM unnest(batch.follower_ids) WITH ORDINALITY AS t(follower_id, position)
                LEFT JOIN followers f ON f.id = t.follower_id) AS recipients
        FROM batch`,
        values: [campaignId, batchNo],
      })
    : await pgPool.query<BatchState>({
        name: "load-pending-batch",
        text: `SELECT c.status::text AS campaign_status, c.messages, c.account_id::text, b.attempts, NULL::text AS recipients
        FROM delivery_batches b JOIN campaigns c ON c.id = b.campaign_id
        WHERE b.campaign_id = $1::uuid AND b.batch_no = $2 AND b.status = 'pending'`,
        values: [campaignId, batchNo],
      });
  return rows[0];
}

async function resolveAndMaybeFinish(key: BatchKey, outcome: BatchOutcome) {
  const { mayBeDone } = await resolveBatch(key, outcome);
  // A skipped batch (cancel) may be the last one; the reconciler also finishes what this misses.
  if (mayBeDone || outcome.status === "skipped") await finishCampaignIfDone(key.campaignId);
}

/**
 * `campaign.deliver`: one planned batch. Checks the campaign first (a paused campaign's batch stays
 * pending for resume; a cancelled one's batch is closed unsent). The inbox transport then delivers
 * the batch in one statement; for the gateway it sends the batch's requests (each follower's
 * bubbles rendered into them), then resolves the batch: refused parts failed with the gateway's
 * answer, the rest sent.
 */
export async function deliverBatch(key: BatchKey, context: JobContext) {
  const transport = getTransport();
  const state = await loadPendingBatch(key, transport.kind === "remote");
  if (!state) return;
  if (state.campaign_status === "paused" || state.campaign_status === "scheduled") return;
  if (state.campaign_status !== "sending") return resolveAndMaybeFinish(key, { status: "skipped" });

  if (transport.kind === "database") {
    const { mayBeDone } = await transport.send(key);
    if (mayBeDone) await finishCampaignIfDone(key.campaignId);
    return;
  }
  if (state.attempts > MAX_BATCH_ATTEMPTS) {
    return resolveAndMaybeFinish(key, { status: "failed", reason: `Gave up after ${MAX_BATCH_ATTEMPTS} attempts; the gateway kept failing.` });
  }
  const parts = cutIntoRequests(key, state.recipients);
  const { refused } = parts.length
    ? await transport.send({ accountId: state.account_id!, campaignId: key.campaignId, bubbles: bubblesSchema.parse(state.messages), parts }, context)
    : { refused: [] };
  await resolveAndMaybeFinish(key, { status: "sent", refused });
  // Refused recipients are recorded as failed with the gateway's answer; the job fails too, so the
  // queue shows why, and is never retried.
  if (refused.length > 0) throw new UnrecoverableError(refused[0]!.reason);
}
