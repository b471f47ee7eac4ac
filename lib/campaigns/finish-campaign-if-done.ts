import "server-only";
import { prisma } from "@/lib/db";
import { releaseQuota } from "@/lib/quota/release-quota";

/**
 * Ends a campaign once planning is done and no batch is pending: sending → sent (or failed when
 * nothing could be delivered), cancelled → finished. Whoever commits the last piece (plan, the last
 * deliver, or the reconciler) calls this after its commit; the guarded update makes it happen once,
 * and the quota that was reserved but not sent goes back in the same transaction.
 */
export async function finishCampaignIfDone(campaignId: string): Promise<boolean> {
  const campaign = await prisma.campaign.findUnique({
    where: { id: campaignId },
    select: { status: true, isPlanDone: true, finishedAt: true },
  });
  if (!campaign || campaign.finishedAt || !campaign.isPlanDone) return false;
  if (campaign.status !== "sending" && campaign.status !== "cancelled") return false;
  const pending = await prisma.deliveryBatch.findFirst({ where: { campaignId, status: "pending" }, select: { batchNo: true } });
  if (pending) return false;
  return prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ account_id: string; quota_month: string | null; quota_reserved: number; sent: number }[]>`
      UPDATE campaigns
      SET status = CASE
            WHEN status = 'cancelled' THEN status
            WHEN sent = 0 AND failed > 0 THEN 'failed'::"CampaignStatus"
            ELSE 'sent'::"CampaignStatus" END,
          error = CASE WHEN status = 'sending' AND sent = 0 AND failed > 0 THEN 'No message could be delivered; see the failed deliveries for reasons.' ELSE error END,
          finished_at = now(), updated_at = now()
      WHERE id = ${campaignId}::uuid AND status = ${campaign.status}::"CampaignStatus" AND finished_at IS NULL AND is_plan_done
      RETURNING account_id, quota_month, quota_reserved, sent`;
    const row = rows[0];
    if (!row) return false;
    if (row.quota_month) await releaseQuota(tx, { accountId: row.account_id, month: row.quota_month, count: row.quota_reserved - row.sent });
    return true;
  });
}
