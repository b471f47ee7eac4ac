// The fan-out engine's promises, proven with real worker processes, a real PostgreSQL and a
// private redis-server: every follower of the frozen audience gets the campaign exactly once, in
// the inbox and at the gateway, through kill -9, several workers, Redis losing its data, and a
// gateway that answers 429 and 500 (also after accepting). One file, run in sequence, because
// every worker reconciles every unfinished campaign in the shared test database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { cancelCampaign } from "@/lib/campaigns/cancel-campaign";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { pauseCampaign } from "@/lib/campaigns/pause-campaign";
import { resumeCampaign } from "@/lib/campaigns/resume-campaign";
import { closeQueues } from "@/lib/jobs/queues";
import {
  GATEWAY_SECRET,
  gatewayTally,
  inboxTally,
  killWorker,
  seedAccountWithFollowers,
  sleep,
  startGatewayStub,
  startRedis,
  startWorker,
  waitFor,
  waitForWorkerReady,
  type GatewayStub,
  type RedisHandle,
  type WorkerHandle,
} from "@/lib/test/fanout-harness";

const REDIS_PORT = 6414;
const INBOX_BATCH = 100;
/** Gateway batches of 1,200 go out as three requests (500, 500, 200), each under its own retry key. */
const GATEWAY_BATCH = 1_200;
let redis: RedisHandle;
let gateway: GatewayStub;
const running = new Map<WorkerHandle, "inbox" | "http">();

function workerEnv(transport: "inbox" | "http"): Record<string, string> {
  return {
    REDIS_URL: redis.url,
    DELIVERY_TRANSPORT: transport,
    GATEWAY_URL: gateway.url,
    GATEWAY_SECRET,
    // Required with DELIVERY_TRANSPORT=http (uploaded images go out as absolute URLs on it).
    APP_URL: "http://127.0.0.1:3000",
    GATEWAY_TIMEOUT_MS: "3000",
    RECONCILE_INTERVAL_MS: "1000",
    WORKER_LOCK_DURATION_MS: "2000",
    DELIVER_CONCURRENCY: "4",
    // Small inbox batches: the engine delivers a 500-row inbox batch in ~10 ms, so a 12k send in
    // 24 of them could finish before a test sees its first batch and pauses or cancels. In 100-row
    // batches it spans 120, and kills, pauses and cancels land mid-send.
    DELIVER_BATCH_SIZE: String(transport === "inbox" ? INBOX_BATCH : GATEWAY_BATCH),
  };
}

async function spawnWorker(transport: "inbox" | "http") {
  const worker = startWorker(workerEnv(transport));
  running.set(worker, transport);
  void worker.exited.then(() => running.delete(worker));
  await waitForWorkerReady(worker);
  return worker;
}

async function stopAll() {
  await Promise.all([...running.keys()].map((w) => killWorker(w, "SIGTERM")));
}

/** Starting a worker costs seconds on a busy machine: keep the ones running when they fit. */
async function ensureWorkers(transport: "inbox" | "http", count: number) {
  if ([...running.values()].some((t) => t !== transport)) await stopAll();
  const missing = count - running.size;
  await Promise.all(Array.from({ length: Math.max(0, missing) }, () => spawnWorker(transport)));
}

async function campaignState(id: string) {
  return prisma.campaign.findUniqueOrThrow({
    where: { id },
    select: { status: true, targeted: true, sent: true, failed: true, quotaReserved: true, quotaMonth: true, accountId: true, finishedAt: true },
  });
}

async function waitForStatus(id: string, statuses: string[], timeoutMs = 120_000) {
  return waitFor(async () => {
    const state = await campaignState(id);
    return statuses.includes(state.status) && state.finishedAt ? state : undefined;
  }, { timeoutMs, what: `campaign ${id} to reach ${statuses.join("/")}` });
}

async function quotaReserved(accountId: string, month: string) {
  const usage = await prisma.quotaUsage.findUnique({ where: { accountId_month: { accountId, month } } });
  return usage?.reserved ?? 0;
}

const messages = [{ type: "text" as const, text: "Hi {displayName}, the autumn sale starts today." }];

/** Kills a random worker with SIGKILL and starts a fresh one, every `everyMs`, while the campaign sends. */
async function chaos(campaignId: string, transport: "inbox" | "http", { everyMs, maxKills }: { everyMs: number; maxKills: number }) {
  let killsMidSend = 0;
  for (let i = 0; i < maxKills; i++) {
    await sleep(everyMs);
    const state = await campaignState(campaignId);
    if (state.finishedAt) break;
    const victims = [...running.keys()];
    const victim = victims[Math.floor(Math.random() * victims.length)];
    if (!victim) break;
    await killWorker(victim, "SIGKILL");
    killsMidSend++;
    await spawnWorker(transport);
  }
  return killsMidSend;
}

beforeAll(async () => {
  redis = await startRedis(REDIS_PORT);
  process.env.REDIS_URL = redis.url;
  gateway = await startGatewayStub();
});

afterAll(async () => {
  await stopAll();
  await closeQueues();
  await gateway?.close();
  await redis?.stop();
});

describe.sequential("fan-out with real workers", () => {
  it("inbox: two workers, SIGKILLed repeatedly mid-send, deliver each follower exactly once", async () => {
    const followers = 10_000;
    const { accountId, userId } = await seedAccountWithFollowers(followers);
    await ensureWorkers("inbox", 2);
    const { id } = await createCampaign({ accountId, actorId: userId, input: { name: "Kill -9", messages, audience: { type: "all" }, send: true } });

    const kills = await chaos(id, "inbox", { everyMs: 700, maxKills: 4 });
    const done = await waitForStatus(id, ["sent"]);

    expect(kills).toBeGreaterThan(0);
    expect(await inboxTally(id, accountId)).toEqual({ entries: followers, distinct: followers, missing: 0 });
    expect(done).toMatchObject({ targeted: followers, sent: followers, failed: 0 });
    expect(await prisma.delivery.count({ where: { campaignId: id, status: { not: "sent" } } })).toBe(0);
    // Everything reserved was used: nothing to release.
    expect(await quotaReserved(accountId, done.quotaMonth!)).toBe(followers);
  }, 300_000);

  it("http: 429s, 500s, 500 after accepting, and a SIGKILL: each recipient in exactly one accepted batch", async () => {
    const followers = 6_000;
    const { accountId, userId } = await seedAccountWithFollowers(followers);
    gateway.setMode({ tooManyRequests: 3, serverErrors: 3, acceptThenFail: 3 });
    await ensureWorkers("http", 2);
    const { id } = await createCampaign({ accountId, actorId: userId, input: { name: "Gateway", messages, audience: { type: "all" }, send: true } });

    await chaos(id, "http", { everyMs: 1_500, maxKills: 1 });
    const done = await waitForStatus(id, ["sent"]);

    expect(await gatewayTally(gateway, id, accountId)).toEqual({ recipients: followers, duplicates: 0, missing: 0 });
    const answers = gateway.requests.filter((r) => r.key.includes(id)).map((r) => r.status);
    expect(answers.filter((s) => s === 429).length).toBe(3);
    expect(answers.filter((s) => s === 500).length).toBe(6);
    // Each batch that was accepted and then answered 500 came back with the same retry key.
    expect(answers.filter((s) => s === 409).length).toBeGreaterThanOrEqual(3);
    expect(gateway.badSignatures).toBe(0);
    expect(done).toMatchObject({ targeted: followers, sent: followers, failed: 0 });
    const [message] = [...gateway.accepted.entries()].filter(([key]) => key.includes(id));
    // A request's retry key: its batch's job id and its place in the batch.
    expect(message![0]).toMatch(new RegExp(`^campaign\\.deliver-${id}-\\d+-\\d+$`));
    // Each recipient got the bubbles rendered with their own name ("friend" where the seed left it blank).
    const sent = [...gateway.acceptedMessages.entries()].filter(([key]) => key.includes(id)).flatMap(([, m]) => m);
    expect(sent).toHaveLength(followers);
    for (const { to, bubbles } of sent) {
      const n = Number(to.slice(1));
      expect(bubbles).toEqual([{ type: "text", text: `Hi ${n % 10 === 0 ? "friend" : `Fan ${n}`}, the autumn sale starts today.` }]);
    }
  }, 300_000);

  it("http: a request the gateway refuses for good fails its recipients with the answer; the rest are sent once", async () => {
    const followers = 3_000;
    const { accountId, userId } = await seedAccountWithFollowers(followers);
    // The second request of every batch (recipients 501–1,000 of each 1,200) is refused.
    gateway.setMode({ refuseKeysEndingWith: "-1" });
    await ensureWorkers("http", 1);
    const { id } = await createCampaign({ accountId, actorId: userId, input: { name: "Refused", messages, audience: { type: "all" }, send: true } });
    const done = await waitForStatus(id, ["sent"]);
    gateway.setMode({});

    const refusedPerBatch = [500, 500, 100]; // batches of 1,200, 1,200 and 600: requests of 500+500+200, 500+500+200, 500+100
    const refused = refusedPerBatch.reduce((a, b) => a + b, 0);
    expect(done).toMatchObject({ targeted: followers, sent: followers - refused, failed: refused });
    expect(await gatewayTally(gateway, id, accountId)).toEqual({ recipients: followers - refused, duplicates: 0, missing: refused });
    const reasons = await prisma.delivery.groupBy({ by: ["status", "error"], where: { campaignId: id }, _count: true });
    expect(reasons.map((r) => [r.status, r.error, r._count]).sort()).toEqual(
      [
        ["failed", "Gateway refused the batch (400): unknown recipients", refused],
        ["sent", null, followers - refused],
      ].sort(),
    );
  }, 300_000);

  it("Redis restarted mid-send, losing every job: the reconciler rebuilds the work from PostgreSQL", async () => {
    const followers = 20_000;
    const { accountId, userId } = await seedAccountWithFollowers(followers);
    // A slow gateway keeps the send going for a second or two, so the restarts land mid-send.
    gateway.setMode({ delayMs: 150 });
    await ensureWorkers("http", 2);
    const { id } = await createCampaign({ accountId, actorId: userId, input: { name: "Redis loss", messages, audience: { type: "all" }, send: true } });

    let restartsMidSend = 0;
    for (let i = 0; i < 2; i++) {
      await waitFor(async () => {
        const state = await campaignState(id);
        return state.finishedAt || state.sent > i * 2_000;
      }, { what: "progress before the restart" });
      if ((await campaignState(id)).finishedAt) break;
      await redis.restart();
      restartsMidSend++;
    }
    const done = await waitForStatus(id, ["sent"]);

    expect(restartsMidSend).toBeGreaterThan(0);
    expect(await gatewayTally(gateway, id, accountId)).toEqual({ recipients: followers, duplicates: 0, missing: 0 });
    expect(done).toMatchObject({ targeted: followers, sent: followers, failed: 0 });
  }, 300_000);

  it("pause holds within one batch per worker slot, resume finishes exactly once; concurrent pauses: one wins", async () => {
    const followers = 12_000;
    const { accountId, userId } = await seedAccountWithFollowers(followers);
    await ensureWorkers("inbox", 1);
    const { id } = await createCampaign({ accountId, actorId: userId, input: { name: "Pause", messages, audience: { type: "all" }, send: true } });
    await waitFor(async () => (await campaignState(id)).sent > 0, { what: "first batch", intervalMs: 10 });

    const pauses = await Promise.allSettled(Array.from({ length: 5 }, () => pauseCampaign({ accountId, campaignId: id, actorId: userId })));
    expect(pauses.filter((p) => p.status === "fulfilled")).toHaveLength(1);
    expect(pauses.filter((p) => p.status === "rejected").map((p) => (p as PromiseRejectedResult).reason.code)).toEqual(Array(4).fill("conflict"));
    const atPause = (await campaignState(id)).sent;
    // Give in-flight batches time to land, then the count must stand still while paused.
    await sleep(2_500);
    const settled = (await campaignState(id)).sent;
    await sleep(2_000);
    const later = await campaignState(id);
    expect(later.status).toBe("paused");
    expect(later.sent).toBe(settled);
    expect(settled - atPause).toBeLessThanOrEqual(4 * INBOX_BATCH);
    expect(settled).toBeLessThan(followers);

    await expect(pauseCampaign({ accountId, campaignId: id, actorId: userId })).rejects.toMatchObject({ code: "conflict" });
    await resumeCampaign({ accountId, campaignId: id, actorId: userId });
    const done = await waitForStatus(id, ["sent"]);
    expect(done.sent).toBe(followers);
    expect(await inboxTally(id, accountId)).toEqual({ entries: followers, distinct: followers, missing: 0 });
  }, 300_000);

  it("cancel mid-send skips the rest, finishes, and gives the unsent quota back", async () => {
    const followers = 12_000;
    const { accountId, userId } = await seedAccountWithFollowers(followers);
    await ensureWorkers("inbox", 1);
    const { id } = await createCampaign({ accountId, actorId: userId, input: { name: "Cancel", messages, audience: { type: "all" }, send: true } });
    await waitFor(async () => (await campaignState(id)).sent > 0, { what: "first batch", intervalMs: 10 });

    await cancelCampaign({ accountId, campaignId: id, actorId: userId });
    const done = await waitForStatus(id, ["cancelled"]);
    await expect(resumeCampaign({ accountId, campaignId: id, actorId: userId })).rejects.toMatchObject({ code: "conflict" });

    const tally = await inboxTally(id, accountId);
    expect(tally.entries).toBe(done.sent);
    expect(tally.distinct).toBe(done.sent);
    expect(done.sent).toBeLessThan(followers);
    expect(await prisma.delivery.count({ where: { campaignId: id, status: "pending" } })).toBe(0);
    expect(await prisma.deliveryBatch.count({ where: { campaignId: id, status: "pending" } })).toBe(0);
    expect(await quotaReserved(accountId, done.quotaMonth!)).toBe(done.sent);
  }, 300_000);
});
