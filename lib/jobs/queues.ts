import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { createRedisConnection, QUEUE_PREFIX } from "@/lib/jobs/connection";
import { defaultJobOptions, jobs, type JobName, type JobPayload, type QueueName } from "@/lib/jobs/contract";

const globalForQueues = globalThis as unknown as { friendcastQueues?: Map<QueueName, Queue>; friendcastProducer?: Redis };

export function getQueue(name: QueueName): Queue {
  globalForQueues.friendcastQueues ??= new Map();
  let queue = globalForQueues.friendcastQueues.get(name);
  if (!queue) {
    globalForQueues.friendcastProducer ??= createRedisConnection("producer");
    queue = new Queue(name, { connection: globalForQueues.friendcastProducer, prefix: QUEUE_PREFIX, defaultJobOptions });
    queue.on("error", (error) => console.error(`[queue:${name}] ${error.message}`));
    globalForQueues.friendcastQueues.set(name, queue);
  }
  return queue;
}

/**
 * The worker process enqueues with its own never-give-up connection, so a Redis restart delays a
 * plan job's enqueue instead of failing it.
 */
export function setQueueConnection(connection: Redis) {
  globalForQueues.friendcastProducer = connection;
}

/** Validates the payload against the contract and adds the job under its deterministic id. */
export async function enqueue<N extends JobName>(name: N, payload: JobPayload<N>, options: { delay?: number } = {}) {
  const job = jobs[name];
  const data = job.payload.parse(payload);
  return getQueue(job.queue).add(name, data, { jobId: job.jobId(data as never), ...options });
}

/** Many jobs of one name in one round trip; deterministic ids make a repeated call add nothing twice. */
export async function enqueueBulk<N extends JobName>(name: N, payloads: JobPayload<N>[]) {
  if (payloads.length === 0) return [];
  const job = jobs[name];
  return getQueue(job.queue).addBulk(
    payloads.map((payload) => {
      const data = job.payload.parse(payload);
      return { name, data, opts: { jobId: job.jobId(data as never) } };
    }),
  );
}

export function getJobId<N extends JobName>(name: N, payload: JobPayload<N>): string {
  return jobs[name].jobId(payload as never);
}

/** For scripts and tests: closes the producer side so the process can exit. */
export async function closeQueues() {
  for (const queue of globalForQueues.friendcastQueues?.values() ?? []) await queue.close();
  globalForQueues.friendcastQueues?.clear();
  await globalForQueues.friendcastProducer?.quit().catch(() => {});
  globalForQueues.friendcastProducer = undefined;
}
