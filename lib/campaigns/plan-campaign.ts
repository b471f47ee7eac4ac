import "server-only";
import { DelayedError } from "bullmq";
import { prisma } from "@/lib/db";
import { getAudienceWhere } from "@/lib/campaigns/get-audience-where";
import { relaxCommit } from "@/lib/campaigns/relax-commit";
import { finishCampaignIfDone } from "@/lib/campaigns/finish-campaign-if-done";
import { BATCH_SIZE, MAX_WAITING_BATCHES, PLAN_PAGE_SIZE } from "@/lib/campaigns/fanout-settings";
import { audienceSchema } from "@/lib/campaigns/schemas";
import { enqueueBulk, getQueue } from "@/lib/jobs/queues";
import { queueNames } from "@/lib/jobs/contract";
import { isAppError } from "@/lib/errors";
import { releaseQuota } from "@/lib/quota/release-quota";
import type { JobContext } from "@/lib/delivery/types";

type PlannedPage = { batchNos: number[]; isDone: boolean };

/**
 * One transaction per page: the page's Delivery rows, its batches and the advanced cursor commit
 * together, so a crash either keeps the whole page (and the cursor past it) or none of it. The
 * advisory lock serialises two plan runs of one campaign (e.g. a re-enqueue after Redis lost the
 * job while the first still ran) without holding the campaign row that deliver jobs update.
 */
async function planPage(campaignId: string, accountId: string, where: Awaited<ReturnType<typeof getAudienceWhere>>): Promise<PlannedPage> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${campaignId}, 0))`;
      await relaxCommit(tx);
      const state = await tx.campaign.findUniqueOrThrow({
        where: { id: campaignId },
        select: { status: true, planCursor: true, nextBatchNo: true, isPlanDone: true, frozenMaxFollowerId: true },
      });
      if (state.isPlanDone || state.status !== "sending" || state.frozenMaxFollowerId === null) return { batchNos: [], isDone: state.isPlanDone };
      const page = await tx.follower.findMany({
        where: { AND: [where, { accountId, id: { gt: state.planCursor, lte: state.frozenMaxFollowerId } }] },
        select: { id: true },
        orderBy: { id: "asc" },
        take: PLAN_PAGE_SIZE,
      });
      const isDone = page.length < PLAN_PAGE_SIZE;
      const batchNos: number[] = [];
      if (page.length > 0) {
        const followerIds = page.map((f) => f.id.toString());
        const rowBatchNos = page.map((_, i) => state.nextBatchNo + Math.floor(i / BATCH_SIZE));
        await tx.$executeRaw`
          INSERT INTO deliveries (campaign_id, follower_id, batch_no)
          SELECT ${campaignId}::uuid, t.follower_id, t.batch_no
          FROM unnest(${followerIds}::bigint[], ${rowBatchNos}::int[]) AS t(follower_id, batch_no)
          ON CONFLICT (campaign_id, follower_id) DO NOTHING`;
        for (let start = 0; start < page.length; start += BATCH_SIZE) batchNos.push(state.nextBatchNo + start / BATCH_SIZE);
        await tx.$executeRaw`
          INSERT INTO delivery_batches (campaign_id, batch_no, first_follower_id, last_follower_id, size)
          SELECT ${campaignId}::uuid, d.batch_no, min(d.follower_id), max(d.follower_id), count(*)
          FROM deliveries d
          WHERE d.campaign_id = ${campaignId}::uuid AND d.follower_id > ${state.planCursor} AND d.follower_id <= ${page.at(-1)!.id}
          GROUP BY d.batch_no
          ON CONFLICT (campaign_id, batch_no) DO NOTHING`;
      }
      await tx.campaign.update({
        where: { id: campaignId },
        data: {
          planCursor: page.at(-1)?.id ?? state.planCursor,
          nextBatchNo: state.nextBatchNo + batchNos.length,
          isPlanDone: isDone,
        },
      });
      if (isDone) {
        // The audience is now known exactly: who was frozen and still follows.
        await tx.$executeRaw`
          UPDATE campaigns SET targeted = (SELECT coalesce(sum(size), 0) FROM delivery_batches WHERE campaign_id = ${campaignId}::uuid)
          WHERE id = ${campaignId}::uuid`;
      }
      return { batchNos, isDone };
    },
    { timeout: 60_000 },
  );
}

/**
 * `campaign.plan`: scheduled → sending, then walks the frozen audience by keyset and hands out
 * deliver batches. Stops between pages when the campaign is paused or cancelled, and re-delays
 * itself (same job id) while too many deliver batches wait.
 */
export async function planCampaign({ campaignId }: { campaignId: string }, { job, token }: JobContext) {
  const campaign = await prisma.campaign.findUnique({ where: { id: campaignId }, select: { accountId: true, audience: true, status: true } });
  if (!campaign) return;
  if (campaign.status === "scheduled") {
    // Only once its time has come: a reschedule may have moved the time after this job was queued.
    const now = new Date();
    const started = await prisma.campaign.updateMany({
      where: { id: campaignId, status: "scheduled", OR: [{ scheduledAt: null }, { scheduledAt: { lte: now } }] },
      data: { status: "sending", startedAt: now },
    });
    if (started.count === 0) {
      const current = await prisma.campaign.findUnique({ where: { id: campaignId }, select: { status: true, scheduledAt: true } });
      if (current?.status === "scheduled" && current.scheduledAt) {
        await job.moveToDelayed(current.scheduledAt.getTime(), token);
        throw new DelayedError();
      }
    }
  } else if (campaign.status === "cancelled") {
    await prisma.campaign.updateMany({ where: { id: campaignId, status: "cancelled", isPlanDone: false }, data: { isPlanDone: true } });
    await finishCampaignIfDone(campaignId);
    return;
  }
  let where;
  try {
    where = await getAudienceWhere({ accountId: campaign.accountId, audience: audienceSchema.parse(campaign.audience) });
  } catch (error) {
    if (!isAppError(error) || error.code !== "not_found") throw error;
    await failCampaign(campaignId, "The campaign's segment was deleted before it could be sent.");
    return;
  }
  const deliveries = getQueue(queueNames.deliveries);
  for (;;) {
    const waiting = await deliveries.getWaitingCount();
    if (waiting > MAX_WAITING_BATCHES) {
      await job.moveToDelayed(Date.now() + 500, token);
      throw new DelayedError();
    }
    const { batchNos, isDone } = await planPage(campaignId, campaign.accountId, where);
    await enqueueBulk("campaign.deliver", batchNos.map((batchNo) => ({ campaignId, batchNo })));
    if (isDone) {
      await finishCampaignIfDone(campaignId);
      return;
    }
    if (batchNos.length === 0) {
      // Paused or cancelled between pages: resume/cancel enqueue the plan again.
      const current = await prisma.campaign.findUnique({ where: { id: campaignId }, select: { status: true } });
      if (current?.status === "cancelled") {
        await prisma.campaign.updateMany({ where: { id: campaignId, status: "cancelled", isPlanDone: false }, data: { isPlanDone: true } });
        await finishCampaignIfDone(campaignId);
      }
      // Resumed before this run noticed the pause: resume saw this job active and added none, so carry on.
      if (current?.status === "sending") continue;
      return;
    }
  }
}

async function failCampaign(campaignId: string, reason: string) {
  await prisma.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ account_id: string; quota_month: string | null; quota_reserved: number; sent: number }[]>`
      UPDATE campaigns SET status = 'failed', error = ${reason}, is_plan_done = true, finished_at = now(), updated_at = now()
      WHERE id = ${campaignId}::uuid AND status IN ('scheduled', 'sending') AND finished_at IS NULL
      RETURNING account_id, quota_month, quota_reserved, sent`;
    const row = rows[0];
    if (row?.quota_month) {
      await releaseQuota(tx, { accountId: row.account_id, month: row.quota_month, count: row.quota_reserved - row.sent });
    }
  });
}
