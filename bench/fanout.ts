// npm run bench:fanout -- --followers 1000000 --workers 2 --transport inbox|http [--chaos]
// Sends one campaign to N followers through real worker processes and compares the throughput
// with a raw PostgreSQL COPY of as many delivery-shaped rows, measured in the same run.
// Uses DATABASE_URL (a dev database) and a private redis-server on BENCH_REDIS_PORT (6415).
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { Redis } from "ioredis";
import { buildWorker } from "../scripts/lib/build-worker.mjs";
import { prisma } from "@/lib/db";
import { planQuotas } from "@/lib/accounts/plans";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { closeQueues } from "@/lib/jobs/queues";
import { getQuotaMonth } from "@/lib/quota/get-quota-month";
import { inboxTally, sleep, startRedis, startWorker, type WorkerHandle } from "@/lib/test/fanout-harness";

const { values } = parseArgs({
  options: {
    followers: { type: "string", default: "1000000" },
    workers: { type: "string", default: "2" },
    transport: { type: "string", default: "inbox" },
    chaos: { type: "boolean", default: false },
  },
});
const followers = Number(values.followers);
const workerCount = Number(values.workers);
const transport = values.transport === "http" ? "http" : "inbox";
const redisPort = Number(process.env.BENCH_REDIS_PORT ?? 6415);
const secret = "bench-gateway-secret-0123456789";

async function seedAccount() {
  const handle = `bench-fanout-${followers}`;
  let account = await prisma.account.findUnique({ where: { handle }, select: { id: true, timezone: true } });
  if (!account) {
    account = await prisma.account.create({
      data: { handle, name: "Fan-out bench", kind: "brand", category: "Bench", area: "Tokyo", timezone: "Asia/Tokyo", plan: "standard", channelSecret: "bench" },
      select: { id: true, timezone: true },
    });
    const chunk = 200_000;
    for (let start = 1; start <= followers; start += chunk) {
      await prisma.$executeRaw`
        INSERT INTO followers (account_id, external_id, display_name, source, updated_at)
        SELECT ${account.id}::uuid, 'U' || g, 'Fan ' || g, 'seed', now()
        FROM generate_series(${start}::int, ${Math.min(followers, start + chunk - 1)}::int) AS g`;
    }
    await prisma.$executeRaw`ANALYZE followers`;
  }
  // The bench sends far beyond a plan's monthly quota: it makes room in this month's usage row.
  const month = getQuotaMonth(new Date(), account.timezone);
  await prisma.quotaUsage.upsert({
    where: { accountId_month: { accountId: account.id, month } },
    create: { accountId: account.id, month, reserved: planQuotas.standard - followers },
    update: { reserved: planQuotas.standard - followers },
  });
  return account.id;
}

/**
 * Who the stub gateway accepted, and how often. The bench seeds external ids `U1`…`UN`, so a byte
 * per follower counts them (a million-entry Map of strings would cost the stub, which shares the
 * bench's two cores with the engine, more than the work it stands in for); any other id is counted
 * in a Map.
 */
class RecipientTally {
  private readonly counts: Uint8Array;
  private readonly others = new Map<string, number>();
  constructor(size: number) {
    this.counts = new Uint8Array(size + 1);
  }
  add(externalId: string) {
    const n = externalId.startsWith("U") ? Number(externalId.slice(1)) : NaN;
    if (Number.isInteger(n) && n > 0 && n < this.counts.length) this.counts[n] = Math.min(255, this.counts[n]! + 1);
    else this.others.set(externalId, (this.others.get(externalId) ?? 0) + 1);
  }
  summary() {
    let distinct = this.others.size;
    let duplicates = [...this.others.values()].filter((n) => n > 1).length;
    for (const n of this.counts) {
      if (n > 0) distinct++;
      if (n > 1) duplicates++;
    }
    return { distinct, duplicates };
  }
}

const MESSAGES_KEY = Buffer.from(',"messages":');
const RECIPIENTS_KEY = '"recipients":[';

function startGateway() {
  const tally = new RecipientTally(followers);
  const keys = new Set<string>();
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const key = String(request.headers["x-retry-key"]);
      if (keys.has(key)) {
        response.writeHead(409).end();
        return;
      }
      keys.add(key);
      // The stub records who was sent; it needn't read the rendered messages after the recipients.
      // `,"messages":` can't occur inside a JSON string (its quote would be escaped), so the first
      // one is the key, and what comes before it is `{"batchId":…,"recipients":[…]` — a gateway
      // stand-in sharing the bench's two cores should cost as little of them as it can.
      const raw = Buffer.concat(chunks);
      const cut = raw.indexOf(MESSAGES_KEY);
      const head = raw.toString("utf8", 0, cut > 0 ? cut : raw.length);
      const list = head.slice(head.indexOf(RECIPIENTS_KEY) + RECIPIENTS_KEY.length - 1, head.lastIndexOf("]") + 1);
      // Plain ids (no escapes) are split directly; anything else goes through JSON.parse.
      const recipients = list.includes("\\") || list === "[]" ? (JSON.parse(list) as string[]) : list.slice(2, -2).split('","');
      for (const r of recipients) tally.add(r);
      response.writeHead(200).end("{}");
    });
  });
  return new Promise<{ url: string; tally: RecipientTally; close(): void }>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, tally, close: () => server.close() })),
  );
}

/**
 * A worker's peak resident memory so far (VmHWM: the kernel's high-water mark, so a peak between
 * two samples still counts). A worker is one node process (the bundle runs without a loader
 * parent), so its own /proc entry is the whole of it.
 */
function peakRssMb(pid: number): number {
  try {
    const peak = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return peak ? Number(peak[1]) / 1024 : 0;
  } catch {
    return 0; // The process has ended.
  }
}

/** The baseline: COPY the same number of delivery-shaped rows (same columns and indexes) through psql. */
async function measureCopy(): Promise<number> {
  await prisma.$executeRawUnsafe(`DROP TABLE IF EXISTS bench_copy_scratch`);
  await prisma.$executeRawUnsafe(
    `CREATE TABLE bench_copy_scratch (id bigserial PRIMARY KEY, campaign_id uuid NOT NULL, follower_id bigint NOT NULL, batch_no int NOT NULL, status text NOT NULL DEFAULT 'pending', UNIQUE (campaign_id, follower_id))`,
  );
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const psql = spawn("psql", [process.env.DATABASE_URL!, "-q", "-c", "\\copy bench_copy_scratch (campaign_id, follower_id, batch_no) FROM STDIN WITH (FORMAT csv)"], { stdio: ["pipe", "ignore", "inherit"] });
    psql.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`psql exited ${code}`))));
    const campaign = "00000000-0000-7000-8000-000000000000";
    let i = 1;
    const write = () => {
      while (i <= followers) {
        let chunk = "";
        for (let j = 0; j < 10_000 && i <= followers; j++, i++) chunk += `${campaign},${i},${Math.floor(i / 500)}\n`;
        if (!psql.stdin.write(chunk)) return psql.stdin.once("drain", write);
      }
      psql.stdin.end();
    };
    write();
  });
  const seconds = (performance.now() - started) / 1000;
  await prisma.$executeRawUnsafe(`DROP TABLE bench_copy_scratch`);
  return followers / seconds;
}

async function main() {
  await buildWorker();
  const accountId = await seedAccount();
  // Every run starts from the same state: earlier runs' campaigns (and, by trigger, their million
  // deliveries each) are removed and vacuumed now, so neither a growing table nor autovacuum
  // catching up with it lands inside the measurement — and a campaign left unfinished by an
  // interrupted run can't be picked up by the workers' reconciler and counted here. Followers are
  // vacuumed too (a no-op after the first run): its visibility map lets planning read the
  // audience from an index alone, as it does in a database autovacuum keeps.
  await prisma.campaign.deleteMany({ where: { accountId } });
  await prisma.$executeRawUnsafe(`VACUUM ANALYZE followers, deliveries, delivery_batches, campaigns`);
  const copyBefore = await measureCopy();
  const redisServer = await startRedis(redisPort);
  const redis = new Redis(redisServer.url, { maxRetriesPerRequest: null });
  process.env.REDIS_URL = redisServer.url;
  const gateway = transport === "http" ? await startGateway() : undefined;
  const env = {
    REDIS_URL: process.env.REDIS_URL,
    DELIVERY_TRANSPORT: transport,
    GATEWAY_URL: gateway?.url ?? "",
    GATEWAY_SECRET: secret,
    // Required with the http transport; the bench sends no uploaded images, so any origin does.
    APP_URL: process.env.APP_URL ?? "http://127.0.0.1:3000",
    RECONCILE_INTERVAL_MS: "2000",
    WORKER_LOCK_DURATION_MS: "5000",
    GATEWAY_REQUESTS_PER_SECOND: "100000",
  };
  const workers = new Set<WorkerHandle>(Array.from({ length: workerCount }, () => startWorker(env)));
  const startedAt = new Map<WorkerHandle, number>([...workers].map((w) => [w, Date.now()]));
  await sleep(Number(process.env.BENCH_WORKER_WARMUP_MS ?? 15_000));

  let workerPeakRssMb = 0;
  let redisPeakMb = 0;
  const sampler = setInterval(async () => {
    for (const w of workers) workerPeakRssMb = Math.max(workerPeakRssMb, peakRssMb(w.child.pid!));
    const info = await redis.info("memory").catch(() => "");
    const used = /used_memory:(\d+)/.exec(info);
    if (used) redisPeakMb = Math.max(redisPeakMb, Number(used[1]) / 1024 / 1024);
  }, 500);
  // Kill only workers that have been up a while: on a busy machine a worker takes seconds to
  // start, and killing it before it works would measure nothing but restarts.
  let kills = 0;
  const chaos = values.chaos
    ? setInterval(() => {
        const victim = [...workers].find((w) => Date.now() - (startedAt.get(w) ?? 0) > 10_000);
        if (!victim) return;
        try {
          process.kill(-victim.child.pid!, "SIGKILL");
          kills++;
        } catch {}
        workers.delete(victim);
        const replacement = startWorker(env);
        workers.add(replacement);
        startedAt.set(replacement, Date.now());
      }, 5_000)
    : undefined;

  const started = performance.now();
  const { id } = await createCampaign({
    accountId,
    actorId: null,
    input: { name: `Bench ${new Date().toISOString()}`, messages: [{ type: "text", text: "Hi {displayName}, this week's coupon is inside." }], audience: { type: "all" }, send: true },
  });
  const deadline = Date.now() + Number(process.env.BENCH_TIMEOUT_MS ?? 30 * 60_000);
  for (;;) {
    const c = await prisma.campaign.findUniqueOrThrow({ where: { id }, select: { status: true, finishedAt: true } });
    if (c.finishedAt) break;
    if (Date.now() > deadline || [...workers].every((w) => w.child.exitCode !== null || w.child.signalCode !== null)) {
      for (const w of workers) if (w.child.exitCode === null) process.kill(-w.child.pid!, "SIGKILL");
      await redisServer.stop();
      throw new Error(`bench: the campaign did not finish (status ${c.status}); workers ${[...workers].map((w) => w.child.exitCode ?? w.child.signalCode ?? "running").join(", ")}`);
    }
    await sleep(250);
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  if (chaos) clearInterval(chaos);
  for (const w of workers) {
    try {
      process.kill(-w.child.pid!, "SIGTERM");
    } catch {}
  }

  let delivered: number;
  let duplicates: number;
  let missing: number;
  if (gateway) {
    ({ distinct: delivered, duplicates } = gateway.tally.summary());
    const [row] = await prisma.$queryRaw<[{ n: bigint }]>`SELECT count(*) AS n FROM followers WHERE account_id = ${accountId}::uuid AND status = 'following'`;
    missing = Number(row.n) - delivered;
    gateway.close();
  } else {
    const tally = await inboxTally(id, accountId);
    delivered = tally.distinct;
    duplicates = tally.entries - tally.distinct;
    missing = tally.missing;
  }
  // The baseline is the median of three COPYs, one before the send and two after it,
  // so one unlucky moment on a shared machine doesn't decide the ratio.
  const copyRowsPerSec = [copyBefore, await measureCopy(), await measureCopy()].sort((a, b) => a - b)[1]!;
  const recipientsPerSec = delivered / seconds;
  console.log(
    JSON.stringify({
      followers,
      transport,
      chaos: values.chaos,
      kills,
      delivered,
      duplicates,
      missing,
      seconds: Number(seconds.toFixed(2)),
      recipientsPerSec: Math.round(recipientsPerSec),
      copyRowsPerSec: Math.round(copyRowsPerSec),
      ratio: Number((recipientsPerSec / copyRowsPerSec).toFixed(3)),
      workerPeakRssMb: Math.round(workerPeakRssMb),
      redisPeakMb: Number(redisPeakMb.toFixed(1)),
    }),
  );
  await sleep(2_000);
  await closeQueues();
  redis.disconnect();
  await redisServer.stop();
  await prisma.$disconnect();
}

await main();
