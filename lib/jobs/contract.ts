import { z } from "zod";

/** Queue names. One worker per queue; a queue groups jobs that share concurrency and rate limits. */
export const queueNames = {
  followers: "followers",
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
