import "server-only";
import { prisma } from "@/lib/db";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { ensureCampaignJobs } from "@/lib/campaigns/ensure-campaign-jobs";
import { finishCampaignIfDone } from "@/lib/campaigns/finish-campaign-if-done";
import { getCampaignStatusOrThrow } from "@/lib/campaigns/get-campaign-status-or-throw";
import { AppError } from "@/lib/errors";
import type { CampaignStatus } from "@/lib/generated/prisma/enums";

/** paused → sending, then re-enqueues the pending batches and unfinished planning (the reconciler does it too if Redis is down). */
export async function resumeCampaign({ accountId, campaignId, actorId }: { accountId: string; campaignId: string; actorId: string | null }) {
  await prisma.$transaction(async (tx) => {
    const moved = await tx.campaign.updateMany({ where: { id: campaignId, accountId, status: "paused" }, data: { status: "sending" } });
    if (moved.count !== 1) {
      const status = await getCampaignStatusOrThrow(tx, { accountId, campaignId });
      throw new AppError("conflict", `Only a paused campaign can be resumed; this one is ${status}.`);
    }
    await writeAuditLog(tx, { accountId, actorId, action: "campaign.resumed", details: { campaignId } });
  });
  // Paused after its last batch landed: nothing left to enqueue, it only needs finishing.
  if (await finishCampaignIfDone(campaignId)) {
    const finished = await prisma.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { status: true } });
    return { id: campaignId, status: finished.status };
  }
  await ensureCampaignJobs(campaignId).catch((error: Error) => console.error(`[campaigns] resume enqueue for ${campaignId}: ${error.message}`));
  return { id: campaignId, status: "sending" as CampaignStatus };
}
