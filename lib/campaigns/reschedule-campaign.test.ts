// Rescheduling moves the delayed `campaign.plan` job, proven with a real worker process on a
// private redis-server: the send starts at the new time (not the old one) and reaches every
// follower once. Also the fallback when the move is lost: the plan job re-delays itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { cancelCampaign } from "@/lib/campaigns/cancel-campaign";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { rescheduleCampaign } from "@/lib/campaigns/reschedule-campaign";
import { getJobId, getQueue, closeQueues } from "@/lib/jobs/queues";
import { queueNames } from "@/lib/jobs/contract";
import { getQuotaMonth } from "@/lib/quota/get-quota-month";
import {
  inboxTally,
  killWorker,
  seedAccountWithFollowers,
  sleep,
  startRedis,
  startWorker,
  waitFor,
  waitForWorkerReady,
  type RedisHandle,
  type WorkerHandle,
} from "@/lib/test/fanout-harness";

const REDIS_PORT = 6437;
let redis: RedisHandle;
let worker: WorkerHandle | undefined;

const messages = [{ type: "text" as const, text: "Hi {displayName}" }];
const planJobId = (campaignId: string) => getJobId("campaign.plan", { campaignId });

async function reserved(accountId: string, month: string) {
  const usage = await prisma.quotaUsage.findUnique({ where: { accountId_month: { accountId, month } } });
  return usage?.reserved ?? 0;
}

async function waitUntilSent(campaignId: string) {
  return waitFor(
    async () => {
      const row = await prisma.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { status: true, startedAt: true, sent: true, finishedAt: true } });
      return row.status === "sent" && row.finishedAt ? row : undefined;
    },
    { timeoutMs: 60_000, what: `campaign ${campaignId} sent` },
  );
}

beforeAll(async () => {
  redis = await startRedis(REDIS_PORT);
  process.env.REDIS_URL = redis.url;
});

afterAll(async () => {
  if (worker) await killWorker(worker, "SIGTERM");
  await closeQueues();
  await redis?.stop();
});

describe.sequential("rescheduling a campaign", () => {
  it("refuses a past time, a campaign that isn't scheduled, and another account's campaign, changing nothing", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(3);
    const other = await seedAccountWithFollowers(1);
    const at = new Date(Date.now() + 3_600_000);
    const scheduled = await createCampaign({ accountId, actorId: userId, input: { name: "Later", messages, audience: { type: "all" }, scheduledAt: at, send: true } });
    const draft = await createCampaign({ accountId, actorId: userId, input: { name: "Draft", messages, audience: { type: "all" } } });

    await expect(rescheduleCampaign({ accountId, campaignId: scheduled.id, actorId: userId, scheduledAt: new Date(Date.now() - 1_000) })).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringContaining("in the past"),
    });
    await expect(rescheduleCampaign({ accountId, campaignId: draft.id, actorId: userId, scheduledAt: new Date(Date.now() + 7_200_000) })).rejects.toMatchObject({
      code: "conflict",
      message: "Only a scheduled campaign can be rescheduled; this one is draft.",
    });
    await expect(
      rescheduleCampaign({ accountId: other.accountId, campaignId: scheduled.id, actorId: other.userId, scheduledAt: new Date(Date.now() + 7_200_000) }),
    ).rejects.toMatchObject({ code: "not_found" });
    const row = await prisma.campaign.findUniqueOrThrow({ where: { id: scheduled.id }, select: { scheduledAt: true } });
    expect(row.scheduledAt?.toISOString()).toBe(at.toISOString());
    await cancelCampaign({ accountId, campaignId: scheduled.id, actorId: userId });
  });

  it("moves the quota reservation into the new time's month", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(4);
    const soon = new Date(Date.now() + 3_600_000);
    const nextMonth = new Date(Date.now() + 40 * 86_400_000);
    const campaign = await createCampaign({ accountId, actorId: userId, input: { name: "Move", messages, audience: { type: "all" }, scheduledAt: soon, send: true } });
    const [from, to] = [getQuotaMonth(soon, "Asia/Tokyo"), getQuotaMonth(nextMonth, "Asia/Tokyo")];
    expect(await reserved(accountId, from)).toBe(4);

    await rescheduleCampaign({ accountId, campaignId: campaign.id, actorId: userId, scheduledAt: nextMonth });
    expect([await reserved(accountId, from), await reserved(accountId, to)]).toEqual([0, 4]);
    expect(await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id }, select: { quotaMonth: true } })).toEqual({ quotaMonth: to });
    const job = await getQueue(queueNames.campaigns).getJob(planJobId(campaign.id));
    expect(job!.timestamp + job!.delay).toBeGreaterThanOrEqual(nextMonth.getTime() - 5_000);
    await cancelCampaign({ accountId, campaignId: campaign.id, actorId: userId });
    expect(await reserved(accountId, to)).toBe(0);
  });

  it("with a real worker: starts at the new time, not the old one, and reaches each follower once", async () => {
    worker = startWorker({ REDIS_URL: redis.url, DELIVERY_TRANSPORT: "inbox", RECONCILE_INTERVAL_MS: "1000" });
    await waitForWorkerReady(worker);

    // Moved through rescheduleCampaign: the delayed job itself moves.
    const moved = await seedAccountWithFollowers(5);
    // Moved behind the job's back (as if Redis was down during the move): the job re-delays itself.
    const stale = await seedAccountWithFollowers(4);
    const oldTime = new Date(Date.now() + 3_000);
    const a = await createCampaign({ accountId: moved.accountId, actorId: moved.userId, input: { name: "A", messages, audience: { type: "all" }, scheduledAt: oldTime, send: true } });
    const b = await createCampaign({ accountId: stale.accountId, actorId: stale.userId, input: { name: "B", messages, audience: { type: "all" }, scheduledAt: oldTime, send: true } });
    const newTime = new Date(Date.now() + 10_000);
    await rescheduleCampaign({ accountId: moved.accountId, campaignId: a.id, actorId: moved.userId, scheduledAt: newTime });
    await prisma.campaign.update({ where: { id: b.id }, data: { scheduledAt: newTime } });
    const queue = getQueue(queueNames.campaigns);
    expect(await queue.getJobState(planJobId(a.id))).toBe("delayed");

    // Well past the old time, both still wait, with their plan job delayed, nothing delivered.
    await sleep(Math.max(0, oldTime.getTime() + 3_000 - Date.now()));
    expect(Date.now()).toBeLessThan(newTime.getTime());
    for (const id of [a.id, b.id]) {
      expect(await prisma.campaign.findUniqueOrThrow({ where: { id }, select: { status: true, sent: true } })).toEqual({ status: "scheduled", sent: 0 });
      expect(await queue.getJobState(planJobId(id))).toBe("delayed");
    }

    for (const [campaign, seeded, count] of [[a, moved, 5], [b, stale, 4]] as const) {
      const done = await waitUntilSent(campaign.id);
      expect(done.startedAt!.getTime()).toBeGreaterThanOrEqual(newTime.getTime());
      expect(done.sent).toBe(count);
      expect(await inboxTally(campaign.id, seeded.accountId)).toEqual({ entries: count, distinct: count, missing: 0 });
    }
  }, 240_000);
});
