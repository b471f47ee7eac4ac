import "server-only";
import { prisma } from "@/lib/db";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { AppError } from "@/lib/errors";
import { jobs } from "@/lib/jobs/contract";
import { enqueue, getJobId, getQueue } from "@/lib/jobs/queues";
import type { Plan } from "@/lib/generated/prisma/enums";
import { getQuotaMonth } from "@/lib/quota/get-quota-month";
import { releaseQuota } from "@/lib/quota/release-quota";
import { reserveQuota } from "@/lib/quota/reserve-quota";

/**
 * scheduled → scheduled at another (future) time. The row is the truth: the time changes under the
 * row lock, only while the campaign is still scheduled, and its quota reservation follows it into
 * the new month. Then the delayed `campaign.plan` job moves to the new time. If that move can't
 * happen (Redis down, or the old time fired this instant), the plan job itself sees a scheduled
 * time still ahead and re-delays to it, so the send starts at the new time, once.
 */
export async function rescheduleCampaign({
  accountId,
  campaignId,
  scheduledAt,
  actorId,
}: {
  accountId: string;
  campaignId: string;
  scheduledAt: Date;
  actorId: string | null;
}) {
  if (scheduledAt.getTime() <= Date.now()) {
    throw new AppError("unprocessable", "The new time is in the past. Choose a time later than now.", {
      fields: { scheduledAt: "must be later than now" },
    });
  }
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ status: string; scheduled_at: Date | null; quota_month: string | null; quota_reserved: number; plan: Plan; timezone: string }[]>`
      SELECT c.status, c.scheduled_at, c.quota_month, c.quota_reserved, a.plan, a.timezone
      FROM campaigns c JOIN accounts a ON a.id = c.account_id
      WHERE c.id = ${campaignId}::uuid AND c.account_id = ${accountId}::uuid
      FOR UPDATE OF c`;
    const campaign = rows[0];
    if (!campaign) throw new AppError("not_found", "There is no such campaign in this account. Check the id.");
    if (campaign.status !== "scheduled") {
      throw new AppError("conflict", `Only a scheduled campaign can be rescheduled; this one is ${campaign.status}.`);
    }
    const quotaMonth = getQuotaMonth(scheduledAt, campaign.timezone);
    if (campaign.quota_month && campaign.quota_month !== quotaMonth) {
      await releaseQuota(tx, { accountId, month: campaign.quota_month, count: campaign.quota_reserved });
      await reserveQuota(tx, { accountId, plan: campaign.plan, month: quotaMonth, count: campaign.quota_reserved });
    }
    const moved = await tx.campaign.updateMany({
      where: { id: campaignId, accountId, status: "scheduled" },
      data: { scheduledAt, ...(campaign.quota_month ? { quotaMonth } : {}) },
    });
    if (moved.count !== 1) throw new AppError("conflict", "This campaign started or changed meanwhile. Reload it and try again.");
    await writeAuditLog(tx, {
      accountId,
      actorId,
      action: "campaign.rescheduled",
      details: { campaignId, from: campaign.scheduled_at?.toISOString() ?? null, to: scheduledAt.toISOString() },
    });
  });
  await movePlanJob(campaignId, scheduledAt).catch((error: Error) =>
    console.error(`[campaigns] moving the plan job of ${campaignId} failed; it re-delays itself when it fires: ${error.message}`),
  );
  return { id: campaignId, status: "scheduled" as const, scheduledAt: scheduledAt.toISOString() };
}

/** One job id per campaign's plan: move it if it waits in the delayed set, re-add it if it's gone. */
async function movePlanJob(campaignId: string, scheduledAt: Date) {
  const queue = getQueue(jobs["campaign.plan"].queue);
  const id = getJobId("campaign.plan", { campaignId });
  const state = await queue.getJobState(id);
  const delay = Math.max(0, scheduledAt.getTime() - Date.now());
  if (state === "delayed") {
    const job = await queue.getJob(id);
    // Throws if the job left the delayed set since getJobState: then it is waiting or active and re-delays itself.
    await job?.changeDelay(delay).catch(() => undefined);
    return;
  }
  if (state === "unknown" || state === "completed" || state === "failed") {
    if (state !== "unknown") await queue.remove(id).catch(() => 0);
    await enqueue("campaign.plan", { campaignId }, { delay });
  }
}
