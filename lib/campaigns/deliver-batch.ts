import "server-only";
import { UnrecoverableError } from "bullmq";
import { prisma } from "@/lib/db";
import { finishCampaignIfDone } from "@/lib/campaigns/finish-campaign-if-done";
import { GATEWAY_REQUEST_SIZE, MAX_BATCH_ATTEMPTS } from "@/lib/campaigns/fanout-settings";
import { resolveBatch, type BatchOutcome } from "@/lib/campaigns/resolve-batch";
import { bubblesSchema } from "@/lib/campaigns/schemas";
import { getJobId } from "@/lib/jobs/queues";
import { renderBubbles } from "@/lib/delivery/render-bubbles";
import { getTransport } from "@/lib/delivery/get-transport";
import type { BatchKey, JobContext, OutboundBatch } from "@/lib/delivery/types";

type BatchState = {
  campaign_status: string | null;
  messages: unknown;
  account_id: string | null;
  attempts: number;
  /** Gateway only: [position in the batch, followerId, externalId, displayName] per recipient, in batch order. */
  recipients: [number, string, string, string][] | null;
};

/**
 * The batch (only while still pending) with its campaign, in one round trip. For a remote
 * transport it also counts this attempt (only a remote call can keep failing, while a database
 * transport's failure is PostgreSQL's and is retried as a job) and brings the recipients' external
 * ids and names as one JSON value, which costs the worker far less than 500 result rows.
 */
async function loadPendingBatch({ campaignId, batchNo }: BatchKey, forGateway: boolean): Promise<BatchState | undefined> {
  const rows = forGateway
    ? await prisma.$queryRaw<BatchState[]>`
        WITH batch AS (
          UPDATE delivery_batches b SET attempts = b.attempts + 1
          FROM campaigns c
          WHERE b.campaign_id = ${campaignId}::uuid AND b.batch_no = ${batchNo} AND b.status = 'pending' AND c.id = b.campaign_id
          RETURNING c.status::text AS campaign_status, c.messages, c.account_id::text, b.attempts, b.follower_ids
        )
        SELECT campaign_status, messages, account_id, attempts,
               (SELECT json_agg(json_build_array(t.position, f.id::text, f.external_id, f.display_name) ORDER BY t.position)
                FROM unnest(batch.follower_ids) WITH ORDINALITY AS t(follower_id, position)
                JOIN followers f ON f.id = t.follower_id) AS recipients
        FROM batch`
    : await prisma.$queryRaw<BatchState[]>`
        SELECT c.status::text AS campaign_status, c.messages, c.account_id::text, b.attempts, NULL::json AS recipients
        FROM delivery_batches b JOIN campaigns c ON c.id = b.campaign_id
        WHERE b.campaign_id = ${campaignId}::uuid AND b.batch_no = ${batchNo} AND b.status = 'pending'`;
  return rows[0];
}

async function resolveAndMaybeFinish(key: BatchKey, outcome: BatchOutcome) {
  const { mayBeDone } = await resolveBatch(key, outcome);
  // A skipped batch (cancel) may be the last one; the reconciler also finishes what this misses.
  if (mayBeDone || outcome.status === "skipped") await finishCampaignIfDone(key.campaignId);
}

/**
 * The batch as gateway requests: recipients rendered (`{displayName}` filled in per follower) and
 * cut by their position in the frozen batch, so each request holds the same recipients under the
 * same retry key on every retry of the batch.
 */
function renderRequests(key: BatchKey, state: BatchState): OutboundBatch["parts"] {
  const bubbles = bubblesSchema.parse(state.messages);
  const batchId = getJobId("campaign.deliver", key);
  const parts: OutboundBatch["parts"] = [];
  for (const [position, followerId, externalId, displayName] of state.recipients ?? []) {
    const part = Math.floor((position - 1) / GATEWAY_REQUEST_SIZE);
    parts[part] ??= { requestId: `${batchId}-${part}`, recipients: [] };
    parts[part].recipients.push({ followerId, externalId, bubbles: renderBubbles(bubbles, { displayName }) });
  }
  return parts.filter(Boolean);
}

/**
 * `campaign.deliver`: one planned batch. Checks the campaign first (a paused campaign's batch stays
 * pending for resume; a cancelled one's batch is closed unsent). The inbox transport then delivers
 * the batch in one statement; for the gateway it renders each follower's bubbles, sends the batch's
 * requests, then resolves the batch: refused parts failed with the gateway's answer, the rest sent.
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
  const parts = renderRequests(key, state);
  const { refused } = parts.length
    ? await transport.send({ accountId: state.account_id!, campaignId: key.campaignId, parts }, context)
    : { refused: [] };
  await resolveAndMaybeFinish(key, { status: "sent", refused });
  // Refused recipients are recorded as failed with the gateway's answer; the job fails too, so the
  // queue shows why, and is never retried.
  if (refused.length > 0) throw new UnrecoverableError(refused[0]!.reason);
}
