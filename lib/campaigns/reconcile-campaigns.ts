import "server-only";
import { prisma } from "@/lib/db";
import { ensureCampaignJobs } from "@/lib/campaigns/ensure-campaign-jobs";
import { finishCampaignIfDone } from "@/lib/campaigns/finish-campaign-if-done";

/**
 * `campaign.reconcile`: PostgreSQL is the truth, Redis only a to-do list. For every unfinished
 * campaign, re-adds the jobs its state calls for (due scheduled sends, unfinished planning,
 * pending batches) and finishes those whose last commit raced with their finish check.
 */
export async function reconcileCampaigns() {
  const now = new Date();
  const campaigns = await prisma.campaign.findMany({
    where: {
      finishedAt: null,
      OR: [{ status: { in: ["sending", "cancelled"] } }, { status: "scheduled", OR: [{ scheduledAt: null }, { scheduledAt: { lte: now } }] }],
    },
    select: { id: true },
    take: 500,
  });
  let repaired = 0;
  for (const { id } of campaigns) {
    if (await finishCampaignIfDone(id)) continue;
    const { plan, batches } = await ensureCampaignJobs(id);
    repaired += (plan ? 1 : 0) + batches;
  }
  return { campaigns: campaigns.length, repaired };
}
