// The worker process (`npm run worker`): one BullMQ Worker per queue. Run as many of these as
// you like, on as many machines: jobs are claimed through Redis, the truth lives in PostgreSQL.
import { UnrecoverableError, Worker, type Job } from "bullmq";
import { prisma } from "@/lib/db";
import { createRedisConnection, QUEUE_PREFIX } from "@/lib/jobs/connection";
import { jobs, queueNames, type JobName, type QueueName } from "@/lib/jobs/contract";
import { closeQueues, enqueue, setQueueConnection } from "@/lib/jobs/queues";
import { getTransport } from "@/lib/delivery/get-transport";
import { DELIVER_BATCH_SIZE, GATEWAY_REQUEST_SIZE } from "@/lib/campaigns/fanout-settings";
import { positiveIntFromEnv } from "@/lib/positive-int-from-env";
import { processors, processorsFor } from "@/workers/processors";

const concurrency: Record<QueueName, number> = {
  followers: 2,
  campaigns: 2,
  // Measured at a million followers on two cores: 3 beats 6 by ~15% for both transports (likely fewer
  // PostgreSQL backends contending for the CPU and the campaign's counter row). A worker waiting on a
  // distant gateway rather than on CPU wants more.
  deliveries: positiveIntFromEnv("DELIVER_CONCURRENCY", 3),
};
/** How often unfinished campaigns are checked against Redis (lost enqueues, Redis data loss). */
const reconcileIntervalMs = positiveIntFromEnv("RECONCILE_INTERVAL_MS", 15_000);
/** A killed worker's jobs go back to waiting this long after its last lock renewal. */
const lockDurationMs = positiveIntFromEnv("WORKER_LOCK_DURATION_MS", 30_000);
/** LINE's multicast allows 200 requests a second; the gateway limit is per queue, across all workers. */
const gatewayRequestsPerSecond = positiveIntFromEnv("GATEWAY_REQUESTS_PER_SECOND", 200);

// Fail at start, not on the first batch, when the transport is misconfigured.
const transport = getTransport();

// BullMQ's limiter counts jobs, and a deliver job sends its batch as several requests; the inbox
// calls no gateway, so it isn't limited.
const requestsPerBatch = Math.ceil(DELIVER_BATCH_SIZE / GATEWAY_REQUEST_SIZE);
const deliverLimiter =
  transport.kind === "remote" ? { max: Math.max(1, Math.floor(gatewayRequestsPerSecond / requestsPerBatch)), duration: 1_000 } : undefined;

async function dispatch(job: Job, token: string | undefined, worker: Worker) {
  const name = job.name as JobName;
  const contract = jobs[name];
  if (!contract) throw new UnrecoverableError(`Unknown job ${job.name}`);
  const parsed = contract.payload.safeParse(job.data);
  // A payload that doesn't fit the contract will never fit it: retrying can't help.
  if (!parsed.success) throw new UnrecoverableError(`Invalid ${name} payload: ${parsed.error.message}`);
  const processor = processors[name] as ((payload: unknown, job: Job, context: unknown) => Promise<unknown>) | undefined;
  if (!processor) throw new UnrecoverableError(`No processor for ${name}`);
  return processor(parsed.data, job, { job, token, worker });
}

const connection = createRedisConnection("worker");
setQueueConnection(connection);

const workers = (Object.values(queueNames) as QueueName[])
  .filter((queue) => processorsFor(queue).some((name) => processors[name]))
  .map((queue) => {
    const worker: Worker = new Worker(queue, (job, token) => dispatch(job, token, worker), {
      connection,
      prefix: QUEUE_PREFIX,
      concurrency: concurrency[queue],
      lockDuration: lockDurationMs,
      stalledInterval: lockDurationMs,
      // kill -9 mid-send is expected: a stalled batch is safe to run again, so don't fail it on the first stall.
      maxStalledCount: 5,
      ...(queue === queueNames.deliveries && deliverLimiter ? { limiter: deliverLimiter } : {}),
    });
    worker.on("error", (error) => console.error(`[worker:${queue}] ${error.message}`));
    worker.on("failed", (job, error) => console.error(`[worker:${queue}] ${job?.name} ${job?.id} failed: ${error.message}`));
    return worker;
  });
console.log(`friendcast worker ${process.pid}: ${workers.map((w) => w.name).join(", ")} (transport ${transport.name})`);

/** BullMQ's production guide: an evicting Redis silently drops jobs. */
async function warnUnlessNoeviction() {
  try {
    const reply = (await connection.call("CONFIG", "GET", "maxmemory-policy")) as string[];
    if (reply[1] && reply[1] !== "noeviction") {
      console.warn(`[worker] Redis maxmemory-policy is ${reply[1]}; set it to noeviction, or Redis may evict queued jobs under memory pressure.`);
    }
  } catch (error) {
    console.warn(`[worker] couldn't read Redis maxmemory-policy (${(error as Error).message}); make sure it is noeviction.`);
  }
}
void warnUnlessNoeviction();

// Every worker proposes the current slot's reconcile job; the slot's job id makes it one run per
// interval however many workers there are, and survives Redis losing its data (no scheduler state).
const reconcileTimer = setInterval(() => {
  const slot = Math.floor(Date.now() / reconcileIntervalMs);
  enqueue("campaign.reconcile", { slot }).catch((error: Error) => console.error(`[worker] reconcile enqueue: ${error.message}`));
}, reconcileIntervalMs);

let closing: Promise<void> | undefined;
/** Safe to call twice: the second SIGTERM waits for the first close instead of starting another. */
function shutdown(signal: string) {
  closing ??= (async () => {
    console.log(`friendcast worker ${process.pid}: ${signal}, finishing active jobs…`);
    clearInterval(reconcileTimer);
    await Promise.all(workers.map((worker) => worker.close()));
    await closeQueues();
    await connection.quit().catch(() => {});
    await prisma.$disconnect();
  })();
  return closing.then(() => process.exit(0));
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
