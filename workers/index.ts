// The worker process (`npm run worker`): one BullMQ Worker per queue. Run as many of these as
// you like, on as many machines: jobs are claimed through Redis, the truth lives in PostgreSQL.
import { UnrecoverableError, Worker, type Job } from "bullmq";
import { prisma } from "@/lib/db";
import { createRedisConnection, QUEUE_PREFIX } from "@/lib/jobs/connection";
import { jobs, queueNames, type JobName, type QueueName } from "@/lib/jobs/contract";
import { processors, processorsFor } from "@/workers/processors";

const concurrency: Record<QueueName, number> = { followers: 2 };

async function dispatch(job: Job) {
  const name = job.name as JobName;
  const contract = jobs[name];
  if (!contract) throw new UnrecoverableError(`Unknown job ${job.name}`);
  const parsed = contract.payload.safeParse(job.data);
  // A payload that doesn't fit the contract will never fit it: retrying can't help.
  if (!parsed.success) throw new UnrecoverableError(`Invalid ${name} payload: ${parsed.error.message}`);
  const processor = processors[name] as ((payload: unknown, job: Job) => Promise<unknown>) | undefined;
  if (!processor) throw new UnrecoverableError(`No processor for ${name}`);
  return processor(parsed.data, job);
}

const connection = createRedisConnection("worker");
const workers = (Object.values(queueNames) as QueueName[])
  .filter((queue) => processorsFor(queue).some((name) => processors[name]))
  .map((queue) => {
    const worker = new Worker(queue, dispatch, { connection, prefix: QUEUE_PREFIX, concurrency: concurrency[queue] });
    worker.on("error", (error) => console.error(`[worker:${queue}] ${error.message}`));
    worker.on("failed", (job, error) => console.error(`[worker:${queue}] ${job?.name} ${job?.id} failed: ${error.message}`));
    return worker;
  });
console.log(`friendcast worker ${process.pid}: ${workers.map((w) => w.name).join(", ")}`);

let closing: Promise<void> | undefined;
/** Safe to call twice: the second SIGTERM waits for the first close instead of starting another. */
function shutdown(signal: string) {
  closing ??= (async () => {
    console.log(`friendcast worker ${process.pid}: ${signal}, finishing active jobs…`);
    await Promise.all(workers.map((worker) => worker.close()));
    await connection.quit().catch(() => {});
    await prisma.$disconnect();
  })();
  return closing.then(() => process.exit(0));
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
