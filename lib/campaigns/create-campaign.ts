import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { checkCampaignReferences } from "@/lib/campaigns/check-campaign-references";
import { enqueuePlan } from "@/lib/campaigns/enqueue-plan";
import { freezeAndSchedule } from "@/lib/campaigns/freeze-and-schedule";
import type { CreateCampaignInput } from "@/lib/campaigns/schemas";

/**
 * Creates a draft, or with `send: true` creates and sends it in one transaction: a refused send
 * (quota, empty audience) leaves no draft behind. The caller has checked campaigns.compose, and
 * campaigns.send when sending.
 */
export async function createCampaign({ accountId, actorId, input }: { accountId: string; actorId: string | null; input: CreateCampaignInput }) {
  if (input.scheduledAt && input.scheduledAt.getTime() < Date.now()) {
    throw new AppError("unprocessable", "scheduledAt is in the past. Choose a later time, or leave it out to send now.", {
      fields: { scheduledAt: "Choose a time in the future." },
    });
  }
  const result = await prisma.$transaction(async (tx) => {
    await checkCampaignReferences(tx, { accountId, audience: input.audience, messages: input.messages });
    const campaign = await tx.campaign.create({
      data: {
        accountId,
        createdById: actorId,
        name: input.name,
        messages: input.messages,
        audience: input.audience,
        scheduledAt: input.scheduledAt ?? null,
      },
      select: { id: true, status: true },
    });
    await writeAuditLog(tx, { accountId, actorId, action: "campaign.created", details: { campaignId: campaign.id, name: input.name } });
    if (!input.send) return { ...campaign, scheduledAt: null, isSent: false };
    const sent = await freezeAndSchedule(tx, { accountId, campaignId: campaign.id, actorId });
    return { id: campaign.id, status: sent.status, scheduledAt: sent.scheduledAt, isSent: true };
  });
  if (result.isSent) await enqueuePlan({ campaignId: result.id, scheduledAt: result.scheduledAt });
  return { id: result.id, status: result.status };
}
