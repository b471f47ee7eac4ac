import type { Job, Worker } from "bullmq";
import { prisma } from "@/lib/db";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { deliverBatch } from "@/lib/campaigns/deliver-batch";
import { planCampaign } from "@/lib/campaigns/plan-campaign";
import type { Bubble } from "@/lib/campaigns/schemas";

/**
 * Sends a campaign to the whole account through the real engine, in this process: create and
 * send (quota, frozen audience), then the plan and deliver job bodies a worker would run, with
 * the inbox transport. Tests that need delivered messages get them without a worker process.
 * The job context is empty on purpose: the inbox transport never uses it, and planning only
 * touches the job to back off when thousands of batches wait.
 */
export async function deliverCampaignNow({ accountId, actorId, name, messages }: { accountId: string; actorId: string; name: string; messages: Bubble[] }) {
  const campaign = await createCampaign({ accountId, actorId, input: { name, messages, audience: { type: "all" }, send: true } });
  const context = { job: {} as Job, worker: {} as Worker };
  await planCampaign({ campaignId: campaign.id }, context);
  const batches = await prisma.deliveryBatch.findMany({ where: { campaignId: campaign.id }, select: { batchNo: true }, orderBy: { batchNo: "asc" } });
  for (const { batchNo } of batches) await deliverBatch({ campaignId: campaign.id, batchNo }, context);
  const row = await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { status: true, sent: true } });
  if (row.status !== "sent") throw new Error(`Campaign ${campaign.id} ended ${row.status}, not sent`);
  return { campaignId: campaign.id, sent: row.sent };
}
