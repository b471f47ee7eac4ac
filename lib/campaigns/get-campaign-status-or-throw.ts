import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";

/** Explains a refused transition: 404 for another tenant's (or no) campaign, else its current status. */
export async function getCampaignStatusOrThrow(tx: Prisma.TransactionClient, { accountId, campaignId }: { accountId: string; campaignId: string }) {
  const campaign = await tx.campaign.findFirst({ where: { id: campaignId, accountId }, select: { status: true } });
  if (!campaign) throw new AppError("not_found", "There is no such campaign in this account. Check the id.");
  return campaign.status;
}
