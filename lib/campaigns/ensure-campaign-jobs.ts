import "server-only";
import { prisma } from "@/lib/db";
import { jobs, type JobName, type JobPayload } from "@/lib/jobs/contract";
import { enqueue, getJobId, getQueue } from "@/lib/jobs/queues";

/** Pending batches looked at per call; planning keeps the backlog far below this. */
const MAX_BATCHES_PER_PASS = 2_000;

/**
 * Makes sure a job exists for this work. A deterministic id dedupes only while the job exists, so
 * a job that failed for good (its attempts used up, or stalled too often after kill -9) would
 * block every re-enqueue: replace it. Missing jobs (never added, or lost with Redis) are added.
 */
async function ensureJob<N extends JobName>(name: N, payload: JobPayload<N>, delay?: number): Promise<boolean> {
  const queue = getQueue(jobs[name].queue);
  const id = getJobId(name, payload);
  const state = await queue.getJobState(id);
  if (state === "failed" || state === "completed") await queue.remove(id).catch(() => 0);
  else if (state !== "unknown") return false;
  await enqueue(name, payload, delay ? { delay } : {});
  return true;
}

/**
 * Re-enqueues whatever a campaign still has to do: its plan job while planning isn't done, and a
 * deliver job for every pending batch. Used on resume and cancel, and by the reconciler to repair
 * an enqueue lost after a commit or a Redis that lost its data.
 */
export async function ensureCampaignJobs(campaignId: string): Promise<{ plan: boolean; batches: number }> {
  const campaign = await prisma.campaign.findUnique({
    where: { id: campaignId },
    select: { status: true, isPlanDone: true, scheduledAt: true, finishedAt: true },
  });
  if (!campaign || campaign.finishedAt) return { plan: false, batches: 0 };
  let plan = false;
  if (!campaign.isPlanDone) {
    const delay = campaign.status === "scheduled" && campaign.scheduledAt ? campaign.scheduledAt.getTime() - Date.now() : 0;
    plan = await ensureJob("campaign.plan", { campaignId }, delay > 0 ? delay : undefined);
  }
  if (campaign.status === "scheduled" || campaign.status === "paused") return { plan, batches: 0 };
  const pending = await prisma.deliveryBatch.findMany({
    where: { campaignId, status: "pending" },
    select: { batchNo: true },
    orderBy: { batchNo: "asc" },
    take: MAX_BATCHES_PER_PASS,
  });
  let batches = 0;
  for (let i = 0; i < pending.length; i += 50) {
    const added = await Promise.all(pending.slice(i, i + 50).map(({ batchNo }) => ensureJob("campaign.deliver", { campaignId, batchNo })));
    batches += added.filter(Boolean).length;
  }
  return { plan, batches };
}
