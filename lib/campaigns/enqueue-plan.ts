import "server-only";
import { enqueue } from "@/lib/jobs/queues";

/**
 * After the send committed. If Redis is down the send still stands: the reconciler enqueues the
 * plan of every due scheduled campaign, so a lost enqueue only delays it.
 */
export async function enqueuePlan({ campaignId, scheduledAt }: { campaignId: string; scheduledAt: Date | null }) {
  const delay = scheduledAt ? Math.max(0, scheduledAt.getTime() - Date.now()) : 0;
  try {
    await enqueue("campaign.plan", { campaignId }, delay ? { delay } : {});
  } catch (error) {
    console.error(`[campaigns] plan enqueue for ${campaignId} failed, the reconciler will retry: ${(error as Error).message}`);
  }
}
