import "server-only";
import { prisma } from "@/lib/db";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { ensureCampaignJobs } from "@/lib/campaigns/ensure-campaign-jobs";
import { finishCampaignIfDone } from "@/lib/campaigns/finish-campaign-if-done";
import { AppError } from "@/lib/errors";
import { releaseQuota } from "@/lib/quota/release-quota";

/**
 * scheduled | sending | paused → cancelled. A scheduled campaign has nothing in flight and ends at
 * once with its whole reservation released. A sending or paused one ends when its deliver jobs have
 * marked their pending rows skipped (a batch already at the gateway still counts as sent); only
 * deliver jobs resolve batches, so a batch can't be both skipped and delivered.
 */
export async function cancelCampaign({ accountId, campaignId, actorId }: { accountId: string; campaignId: string; actorId: string | null }) {
  const wasScheduled = await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string; quota_month: string | null; quota_reserved: number }[]>`
      SELECT status, quota_month, quota_reserved FROM campaigns WHERE id = ${campaignId}::uuid AND account_id = ${accountId}::uuid FOR UPDATE`;
    const campaign = rows[0];
    if (!campaign) throw new AppError("not_found", "There is no such campaign in this account. Check the id.");
    if (!["scheduled", "sending", "paused"].includes(campaign.status)) {
      throw new AppError("conflict", `Only a scheduled, sending or paused campaign can be cancelled; this one is ${campaign.status}.`);
    }
    const isScheduled = campaign.status === "scheduled";
    await tx.campaign.update({
      where: { id: campaignId },
      data: isScheduled ? { status: "cancelled", isPlanDone: true, finishedAt: new Date() } : { status: "cancelled" },
    });
    if (isScheduled && campaign.quota_month) {
      await releaseQuota(tx, { accountId, month: campaign.quota_month, count: campaign.quota_reserved });
    }
    await writeAuditLog(tx, { accountId, actorId, action: "campaign.cancelled", details: { campaignId, from: campaign.status } });
    return isScheduled;
  });
  if (!wasScheduled && !(await finishCampaignIfDone(campaignId))) {
    await ensureCampaignJobs(campaignId).catch((error: Error) => console.error(`[campaigns] cancel enqueue for ${campaignId}: ${error.message}`));
  }
  return { id: campaignId, status: "cancelled" as const };
}
