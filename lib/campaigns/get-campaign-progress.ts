import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CampaignProgress } from "@/lib/campaigns/campaign-progress";

/** The few columns the live progress bar polls for, scoped to the account. */
export async function getCampaignProgressOrThrow({ accountId, campaignId }: { accountId: string; campaignId: string }): Promise<CampaignProgress> {
  const row = await prisma.campaign.findFirst({
    where: { id: campaignId, accountId },
    select: { status: true, scheduledAt: true, finishedAt: true, error: true, targeted: true, sent: true, failed: true, opened: true, clicked: true },
  });
  if (!row) throw new AppError("not_found", "There is no such campaign in this account. Check the id.");
  return {
    status: row.status,
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    error: row.status === "failed" ? row.error : null,
    counters: { targeted: row.targeted, sent: row.sent, failed: row.failed, opened: row.opened, clicked: row.clicked },
  };
}
