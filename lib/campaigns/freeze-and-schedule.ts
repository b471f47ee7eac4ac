import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { getAudienceWhere } from "@/lib/campaigns/get-audience-where";
import { audienceSchema } from "@/lib/campaigns/schemas";
import { getQuotaMonth } from "@/lib/quota/get-quota-month";
import { reserveQuota } from "@/lib/quota/reserve-quota";

/**
 * The send itself, inside the caller's transaction: freezes the audience (highest follower id and
 * count now), reserves that many messages of the month's quota, and moves draft → scheduled. Any
 * refusal rolls all of it back. The caller enqueues the plan job after the commit.
 */
export async function freezeAndSchedule(
  tx: Prisma.TransactionClient,
  { accountId, campaignId, actorId }: { accountId: string; campaignId: string; actorId: string | null },
) {
  const campaign = await tx.campaign.findFirst({
    where: { id: campaignId, accountId },
    select: { status: true, audience: true, scheduledAt: true, account: { select: { plan: true, timezone: true } } },
  });
  if (!campaign) throw new AppError("not_found", "There is no such campaign in this account. Check the id.");
  if (campaign.status !== "draft") {
    throw new AppError("conflict", `Only a draft can be sent; this campaign is ${campaign.status}. Duplicate it to send it again.`);
  }
  const now = new Date();
  if (campaign.scheduledAt && campaign.scheduledAt.getTime() < now.getTime()) {
    throw new AppError("unprocessable", "The scheduled time is in the past. Choose a later time, or remove it to send now.");
  }
  const where = await getAudienceWhere({ accountId, audience: audienceSchema.parse(campaign.audience) });
  const frozen = await tx.follower.aggregate({ where, _max: { id: true }, _count: { _all: true } });
  const count = frozen._count._all;
  if (count === 0 || frozen._max.id === null) {
    throw new AppError("unprocessable", "Nobody in this audience follows the account right now. Choose another audience.");
  }
  const quotaMonth = getQuotaMonth(campaign.scheduledAt ?? now, campaign.account.timezone);
  await reserveQuota(tx, { accountId, plan: campaign.account.plan, month: quotaMonth, count });
  const moved = await tx.campaign.updateMany({
    where: { id: campaignId, accountId, status: "draft" },
    data: { status: "scheduled", frozenMaxFollowerId: frozen._max.id, targeted: count, quotaMonth, quotaReserved: count },
  });
  if (moved.count !== 1) throw new AppError("conflict", "This campaign was sent or changed meanwhile. Reload it and try again.");
  await writeAuditLog(tx, {
    accountId,
    actorId,
    action: "campaign.sent",
    details: { campaignId, targeted: count, scheduledAt: campaign.scheduledAt?.toISOString() ?? null },
  });
  return { status: "scheduled" as const, targeted: count, scheduledAt: campaign.scheduledAt };
}
