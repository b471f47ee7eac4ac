import "server-only";
import { DelayedError } from "bullmq";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getAudienceSql } from "@/lib/campaigns/get-audience-sql";
import { relaxCommit } from "@/lib/campaigns/relax-commit";
import { finishCampaignIfDone } from "@/lib/campaigns/finish-campaign-if-done";
import { DELIVER_BATCH_SIZE, MAX_WAITING_BATCHES, PLAN_PAGE_SIZE } from "@/lib/campaigns/fanout-settings";
import { audienceSchema } from "@/lib/campaigns/schemas";
import { enqueueBulk, getQueue } from "@/lib/jobs/queues";
import { queueNames } from "@/lib/jobs/contract";
import { isAppError } from "@/lib/errors";
import { releaseQuota } from "@/lib/quota/release-quota";
import type { JobContext } from "@/lib/delivery/types";

type PlannedPage = { batchNos: number[]; isDone: boolean };

/**
 * One transaction per page: the page's batches (with their recipients) and the advanced cursor
 * commit together, so a crash either keeps the whole page (and the cursor past it) or none of it. The
 * advisory lock serialises two plan runs of one campaign (e.g. a re-enqueue after Redis lost the
 * job while the first still ran) without holding the campaign row that deliver jobs update.
 */
async function planPage(
  campaignId: string,
  where: Prisma.Sql,
  batchSize: number,
): Promise<PlannedPage> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${campaignId}, 0))`;
      await relaxCommit(tx);
      const state = await tx.campaign.findUniqueOrThrow({
        where: { id: campaignId },
        select: { status: true, planCursor: true, nextBatchNo: true, isPlanDone: true, frozenMaxFollowerId: true },
      });
      if (state.isPlanDone || state.status !== "sending" || state.frozenMaxFollowerId === null) return { batchNos: [], isDone: state.isPlanDone };
      // One statement: the next page of the frozen audience as one ascending id array, sliced
      // into batches (cheaper than numbering and regrouping 10,000 rows), each batch row holding
      // its recipients. No follower id passes through the worker, and nothing per follower is
      // written until it is delivered.
      const [planned] = await tx.$queryRaw<[{ planned: number | null; last_id: bigint | null; batch_nos: number[] | null }]>`
        WITH page AS (
          SELECT array_agg(id ORDER BY id) AS ids FROM (
            SELECT f.id FROM followers f
            WHERE ${where} AND f.id > ${state.planCursor} AND f.id <= ${state.frozenMaxFollowerId}
            ORDER BY f.id LIMIT ${PLAN_PAGE_SIZE}
          ) AS next
        ), batches AS (
          INSERT INTO delivery_batches (campaign_id, batch_no, follower_ids, size)
          SELECT ${campaignId}::uuid, ${state.nextBatchNo}::int + k, ids[k * ${batchSize}::int + 1 : (k + 1) * ${batchSize}::int],
                 least(${batchSize}::int, cardinality(ids) - k * ${batchSize}::int)
          FROM page, generate_series(0, (cardinality(ids) - 1) / ${batchSize}::int) AS k
          ON CONFLICT (campaign_id, batch_no) DO NOTHING
          RETURNING batch_no
        )
        SELECT (SELECT cardinality(ids) FROM page) AS planned, (SELECT ids[cardinality(ids)] FROM page) AS last_id,
               (SELECT array_agg(batch_no ORDER BY batch_no) FROM batches) AS batch_nos`;
      const pageSize = planned.planned ?? 0;
      const isDone = pageSize < PLAN_PAGE_SIZE;
      const batchNos = planned.batch_nos ?? [];
      await tx.campaign.update({
        where: { id: campaignId },
        data: {
          planCursor: planned.last_id ?? state.planCursor,
          nextBatchNo: state.nextBatchNo + Math.ceil(pageSize / batchSize),
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
    where = await getAudienceSql({ accountId: campaign.accountId, audience: audienceSchema.parse(campaign.audience) });
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
    const { batchNos, isDone } = await planPage(campaignId, where, DELIVER_BATCH_SIZE);
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
