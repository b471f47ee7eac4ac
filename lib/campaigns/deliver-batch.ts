import "server-only";
import { UnrecoverableError } from "bullmq";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { finishCampaignIfDone } from "@/lib/campaigns/finish-campaign-if-done";
import { relaxCommit } from "@/lib/campaigns/relax-commit";
import { MAX_BATCH_ATTEMPTS } from "@/lib/campaigns/fanout-settings";
import { bubblesSchema } from "@/lib/campaigns/schemas";
import { getJobId } from "@/lib/jobs/queues";
import { renderBubbles } from "@/lib/delivery/render-bubbles";
import { getTransport } from "@/lib/delivery/get-transport";
import type { BatchKey, JobContext, OutboundBatch, Recipient } from "@/lib/delivery/types";

/**
 * Takes the batch row's lock for the rest of the transaction and says whether it is still
 * pending. Every write that resolves a batch goes through here, so two runs of one batch (a
 * stalled job re-run, a re-enqueue after Redis lost it) resolve it once.
 */
async function lockPendingBatch(tx: Prisma.TransactionClient, { campaignId, batchNo }: BatchKey): Promise<boolean> {
  await relaxCommit(tx);
  const rows = await tx.$queryRaw<{ status: string }[]>`
    SELECT status FROM delivery_batches WHERE campaign_id = ${campaignId}::uuid AND batch_no = ${batchNo} FOR UPDATE`;
  return rows[0]?.status === "pending";
}

async function markBatchDone(tx: Prisma.TransactionClient, { campaignId, batchNo }: BatchKey) {
  await tx.$executeRaw`UPDATE delivery_batches SET status = 'done' WHERE campaign_id = ${campaignId}::uuid AND batch_no = ${batchNo}`;
}

async function bumpCounters(tx: Prisma.TransactionClient, campaignId: string, { sent, failed }: { sent: number; failed: number }) {
  if (sent === 0 && failed === 0) return;
  await tx.$executeRaw`UPDATE campaigns SET sent = sent + ${sent}, failed = failed + ${failed} WHERE id = ${campaignId}::uuid`;
}

/** Resolves the batch's still-pending rows to one final status (skipped on cancel, failed on a permanent error). */
async function closeBatch(key: BatchKey, status: "skipped" | "failed", reason: string | null) {
  await prisma.$transaction(async (tx) => {
    if (!(await lockPendingBatch(tx, key))) return;
    const count = await tx.$executeRaw`
      UPDATE deliveries d SET status = ${status}::"DeliveryStatus", error = ${reason}
      FROM delivery_batches b
      WHERE b.campaign_id = ${key.campaignId}::uuid AND b.batch_no = ${key.batchNo}
        AND d.id BETWEEN b.first_delivery_id AND b.last_delivery_id
        AND d.campaign_id = b.campaign_id AND d.batch_no = b.batch_no AND d.status = 'pending'`;
    await markBatchDone(tx, key);
    if (status === "failed") await bumpCounters(tx, key.campaignId, { sent: 0, failed: count });
  });
}

type PendingRow = { id: bigint; external_id: string; display_name: string };

/**
 * `campaign.deliver`: one planned batch. Checks the campaign first (a paused campaign's batch stays
 * pending for resume; a cancelled one's rows become skipped). The inbox transport then delivers
 * the batch in one statement; for the gateway it renders each follower's bubbles, calls the
 * transport once with the batch's retry key, and marks the rows and the campaign counters in one
 * transaction.
 */
export async function deliverBatch(key: BatchKey, context: JobContext) {
  const { campaignId, batchNo } = key;
  const [campaign, batch] = await Promise.all([
    prisma.campaign.findUnique({ where: { id: campaignId }, select: { accountId: true, status: true, messages: true } }),
    prisma.deliveryBatch.findUnique({
      where: { campaignId_batchNo: { campaignId, batchNo } },
      select: { status: true, firstDeliveryId: true, lastDeliveryId: true },
    }),
  ]);
  if (!campaign || !batch || batch.status !== "pending") return;
  if (campaign.status === "paused" || campaign.status === "scheduled") return;
  if (campaign.status !== "sending") {
    await closeBatch(key, "skipped", null);
    await finishCampaignIfDone(campaignId);
    return;
  }

  const transport = getTransport();
  if (transport.kind === "database") {
    await transport.send(key);
    await finishCampaignIfDone(campaignId);
    return;
  }
  // Only a remote call can keep failing; a database transport's failure is PostgreSQL's, retried as a job.
  const [{ attempts }] = await prisma.$queryRaw<[{ attempts: number }]>`
    UPDATE delivery_batches SET attempts = attempts + 1
    WHERE campaign_id = ${campaignId}::uuid AND batch_no = ${batchNo} RETURNING attempts`;
  if (attempts > MAX_BATCH_ATTEMPTS) {
    await closeBatch(key, "failed", `Gave up after ${MAX_BATCH_ATTEMPTS} attempts; the gateway kept failing.`);
    await finishCampaignIfDone(campaignId);
    return;
  }

  const rows = await prisma.$queryRaw<PendingRow[]>`
    SELECT d.id, f.external_id, f.display_name
    FROM deliveries d JOIN followers f ON f.id = d.follower_id
    WHERE d.id BETWEEN ${batch.firstDeliveryId} AND ${batch.lastDeliveryId}
      AND d.campaign_id = ${campaignId}::uuid AND d.batch_no = ${batchNo} AND d.status = 'pending'
    ORDER BY d.id`;
  const bubbles = bubblesSchema.parse(campaign.messages);
  const recipients: Recipient[] = rows.map((row) => ({
    deliveryId: row.id,
    externalId: row.external_id,
    bubbles: renderBubbles(bubbles, { displayName: row.display_name }),
  }));
  const outbound: OutboundBatch = {
    batchId: getJobId("campaign.deliver", { campaignId, batchNo }),
    accountId: campaign.accountId,
    campaignId,
    recipients,
  };

  const outcome = recipients.length ? await transport.send(outbound, context) : ({ kind: "sent" } as const);
  let failedReason: string | undefined;
  await prisma.$transaction(async (tx) => {
    if (!(await lockPendingBatch(tx, key))) return;
    const ids = recipients.map((r) => r.deliveryId.toString());
    if (outcome.kind === "sent") {
      const count = await tx.$executeRaw`
        UPDATE deliveries SET status = 'sent', sent_at = now() WHERE id = ANY(${ids}::bigint[]) AND status = 'pending'`;
      await markBatchDone(tx, key);
      await bumpCounters(tx, campaignId, { sent: count, failed: 0 });
    } else {
      failedReason = outcome.reason;
      const count = await tx.$executeRaw`
        UPDATE deliveries SET status = 'failed', error = ${outcome.reason} WHERE id = ANY(${ids}::bigint[]) AND status = 'pending'`;
      await markBatchDone(tx, key);
      await bumpCounters(tx, campaignId, { sent: 0, failed: count });
    }
  });
  if (failedReason) {
    await finishCampaignIfDone(campaignId);
    throw new UnrecoverableError(failedReason);
  }
  await finishCampaignIfDone(campaignId);
}
