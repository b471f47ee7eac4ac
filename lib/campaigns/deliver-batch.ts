import "server-only";
import { UnrecoverableError } from "bullmq";
import { prisma } from "@/lib/db";
import { finishCampaignIfDone } from "@/lib/campaigns/finish-campaign-if-done";
import { MAX_BATCH_ATTEMPTS } from "@/lib/campaigns/fanout-settings";
import { resolveBatch, type BatchOutcome } from "@/lib/campaigns/resolve-batch";
import { bubblesSchema } from "@/lib/campaigns/schemas";
import { getJobId } from "@/lib/jobs/queues";
import { renderBubbles } from "@/lib/delivery/render-bubbles";
import { getTransport } from "@/lib/delivery/get-transport";
import type { BatchKey, JobContext, Recipient } from "@/lib/delivery/types";

type BatchState = {
  campaign_status: string | null;
  messages: unknown;
  account_id: string | null;
  attempts: number;
  /** Gateway only: [externalId, displayName] per recipient, in follower order. */
  recipients: [string, string][] | null;
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
               (SELECT json_agg(json_build_array(f.external_id, f.display_name) ORDER BY f.id)
                FROM unnest(batch.follower_ids) AS t(follower_id) JOIN followers f ON f.id = t.follower_id) AS recipients
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

/** The batch's recipients, rendered for the gateway: `{displayName}` filled in per follower. */
function renderRecipients(state: BatchState): Recipient[] {
  const bubbles = bubblesSchema.parse(state.messages);
  return (state.recipients ?? []).map(([externalId, displayName]) => ({ externalId, bubbles: renderBubbles(bubbles, { displayName }) }));
}

/**
 * `campaign.deliver`: one planned batch. Checks the campaign first (a paused campaign's batch stays
 * pending for resume; a cancelled one's batch is closed unsent). The inbox transport then delivers
 * the batch in one statement; for the gateway it renders each follower's bubbles, calls the
 * transport once with the batch's retry key, then resolves the batch as sent or failed.
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
  const recipients = renderRecipients(state);
  const outcome = recipients.length
    ? await transport.send(
        { batchId: getJobId("campaign.deliver", key), accountId: state.account_id!, campaignId: key.campaignId, recipients },
        context,
      )
    : ({ kind: "sent" } as const);
  if (outcome.kind === "sent") return resolveAndMaybeFinish(key, { status: "sent" });
  await resolveAndMaybeFinish(key, { status: "failed", reason: outcome.reason });
  throw new UnrecoverableError(outcome.reason);
}
