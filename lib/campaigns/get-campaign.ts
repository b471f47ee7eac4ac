import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { campaignViewSelect, toCampaignView } from "@/lib/campaigns/to-campaign-view";

export async function getCampaignOrThrow({ accountId, campaignId }: { accountId: string; campaignId: string }) {
  const row = await prisma.campaign.findFirst({ where: { id: campaignId, accountId }, select: campaignViewSelect });
  if (!row) throw new AppError("not_found", "There is no such campaign in this account. Check the id.");
  return toCampaignView(row);
}
