import "server-only";
import { prisma } from "@/lib/db";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { getCampaignStatusOrThrow } from "@/lib/campaigns/get-campaign-status-or-throw";
import { AppError } from "@/lib/errors";

/** sending → paused. Batches already handed to the gateway finish; every later batch stays pending until resume. */
export async function pauseCampaign({ accountId, campaignId, actorId }: { accountId: string; campaignId: string; actorId: string | null }) {
  return prisma.$transaction(async (tx) => {
    const moved = await tx.campaign.updateMany({ where: { id: campaignId, accountId, status: "sending" }, data: { status: "paused" } });
    if (moved.count !== 1) {
      const status = await getCampaignStatusOrThrow(tx, { accountId, campaignId });
      throw new AppError("conflict", `Only a campaign that is sending can be paused; this one is ${status}.`);
    }
    await writeAuditLog(tx, { accountId, actorId, action: "campaign.paused", details: { campaignId } });
    return { id: campaignId, status: "paused" as const };
  });
}
