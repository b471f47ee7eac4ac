import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { checkCampaignReferences } from "@/lib/campaigns/check-campaign-references";
import type { DraftCampaignInput } from "@/lib/campaigns/schemas";

/**
 * Saves the composer's fields over a draft. Guarded on status = draft in the same UPDATE, so a
 * campaign sent from another tab meanwhile is never rewritten. The caller has checked campaigns.compose.
 */
export async function updateDraftCampaign({
  accountId,
  campaignId,
  actorId,
  input,
}: {
  accountId: string;
  campaignId: string;
  actorId: string | null;
  input: DraftCampaignInput;
}) {
  if (input.scheduledAt && input.scheduledAt.getTime() < Date.now()) {
    throw new AppError("unprocessable", "The scheduled time is in the past. Choose a later time, or send now.", {
      fields: { scheduledAt: "Choose a time in the future." },
    });
  }
  return prisma.$transaction(async (tx) => {
    await checkCampaignReferences(tx, { accountId, audience: input.audience, messages: input.messages });
    const updated = await tx.campaign.updateMany({
      where: { id: campaignId, accountId, status: "draft" },
      data: { name: input.name, messages: input.messages, audience: input.audience, scheduledAt: input.scheduledAt ?? null },
    });
    if (updated.count !== 1) {
      const existing = await tx.campaign.findFirst({ where: { id: campaignId, accountId }, select: { status: true } });
      if (!existing) throw new AppError("not_found", "There is no such campaign in this account. Check the id.");
      throw new AppError("conflict", `Only a draft can be edited; this campaign is ${existing.status}. Duplicate it to change it.`);
    }
    await writeAuditLog(tx, { accountId, actorId, action: "campaign.updated", details: { campaignId, name: input.name } });
    return { id: campaignId, status: "draft" as const };
  });
}
