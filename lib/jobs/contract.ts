import { z } from "zod";

/** Queue names. One worker per queue; a queue groups jobs that share concurrency and rate limits. */
export const queueNames = {
  followers: "followers",
  /** Planning and reconciling: few, long-ish jobs. */
  campaigns: "campaigns",
  /** One job per batch of at most 500 recipients; kept apart so planning can watch its backlog. */
  deliveries: "deliveries",
} as const;
export type QueueName = (typeof queueNames)[keyof typeof queueNames];

/**
 * Every job: its queue, its `domain.verb` name, its payload (ids only, never personal data) and
 * its deterministic id, so enqueueing the same work twice adds one job.
 */
export const jobs = {
  "followers.import": {
    queue: queueNames.followers,
    payload: z.object({ importId: z.uuid(), accountId: z.uuid() }),
    jobId: (p: { importId: string }) => `followers.import-${p.importId}`,
  },
  "campaign.plan": {
    queue: queueNames.campaigns,
    payload: z.object({ campaignId: z.uuid() }),
    jobId: (p: { campaignId: string }) => `campaign.plan-${p.campaignId}`,
  },
  "campaign.deliver": {
    queue: queueNames.deliveries,
    payload: z.object({ campaignId: z.uuid(), batchNo: z.number().int().min(0) }),
    // Also the gateway's X-Retry-Key: every retry and re-enqueue of a batch presents the same key.
    jobId: (p: { campaignId: string; batchNo: number }) => `campaign.deliver-${p.campaignId}-${p.batchNo}`,
  },
  "campaign.reconcile": {
    queue: queueNames.campaigns,
    // The time slot: every worker adds the slot's job, and the shared id makes it one run per slot.
    payload: z.object({ slot: z.number().int().min(0) }),
    jobId: (p: { slot: number }) => `campaign.reconcile-${p.slot}`,
  },
} as const;

export type JobName = keyof typeof jobs;
export type JobPayload<N extends JobName> = z.infer<(typeof jobs)[N]["payload"]>;

/** Retries with exponential backoff; completed jobs are removed so Redis doesn't grow without bound. */
export const defaultJobOptions = {
  attempts: 8,
  backoff: { type: "exponential" as const, delay: 1_000 },
  removeOnComplete: true,
  removeOnFail: { age: 7 * 24 * 3600, count: 10_000 },
};
