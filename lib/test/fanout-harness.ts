// Real processes for the fan-out tests: worker processes, a private redis-server that can be
// killed and restarted, and a gateway stub that records what it accepted per retry key.
import { spawn, type ChildProcess } from "node:child_process";
import { WORKER_NODE_ARGS, workerBundle } from "../../scripts/lib/build-worker.mjs";
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { prisma } from "@/lib/db";
import { createTestAccount, createTestUser } from "@/lib/test/factories";
import type { Plan } from "@/lib/generated/prisma/enums";

export const GATEWAY_SECRET = "test-gateway-secret-0123456789";

export async function waitFor<T>(check: () => Promise<T | undefined | false>, { timeoutMs = 90_000, intervalMs = 200, what = "condition" } = {}): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An account on the given plan with `count` following followers, inserted in one statement. */
export async function seedAccountWithFollowers(count: number, plan: Plan = "standard") {
  const user = await createTestUser();
  const account = await createTestAccount({ ownerId: user.id });
  await prisma.account.update({ where: { id: account.id }, data: { plan } });
  await prisma.$executeRaw`
    INSERT INTO followers (account_id, external_id, display_name, source, updated_at)
    SELECT ${account.id}::uuid, 'U' || g, CASE WHEN g % 10 = 0 THEN '' ELSE 'Fan ' || g END, 'seed', now()
    FROM generate_series(1, ${count}::int) AS g`;
  return { userId: user.id, accountId: account.id, handle: account.handle };
}

export type WorkerHandle = { child: ChildProcess; output: string[]; exited: Promise<number | null> };

/**
 * A worker process as `npm run worker` runs it: the bundle (built by the global setup) under plain
 * node. Its own process group, so a test can signal it and anything it started together.
 */
export function startWorker(env: Record<string, string>): WorkerHandle {
  const child = spawn(process.execPath, [...WORKER_NODE_ARGS, workerBundle], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output, exited };
}

export async function waitForWorkerReady(worker: WorkerHandle) {
  await waitFor(async () => worker.output.join("").includes("friendcast worker"), { timeoutMs: 150_000, what: "worker start" });
}

export async function killWorker(worker: WorkerHandle, signal: NodeJS.Signals = "SIGKILL") {
  if (worker.child.exitCode !== null || worker.child.signalCode !== null) return;
  try {
    process.kill(-worker.child.pid!, signal);
  } catch {
    return;
  }
  await worker.exited;
  if (signal === "SIGKILL") return;
  // Make sure nothing of the group outlives the worker.
  try {
    process.kill(-worker.child.pid!, "SIGKILL");
  } catch {
    // Already gone.
  }
}

export type RedisHandle = { port: number; url: string; stop(): Promise<void>; restart(): Promise<void> };

/** A private redis-server without persistence: killing it loses every job, as a crash without AOF would. */
export async function startRedis(port: number): Promise<RedisHandle> {
  let child: ChildProcess;
  const boot = async () => {
    child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--maxmemory-policy", "noeviction"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let log = "";
    child.stdout!.on("data", (c: Buffer) => (log += c.toString()));
    await waitFor(async () => log.includes("Ready to accept connections"), { timeoutMs: 10_000, intervalMs: 50, what: `redis on ${port}` });
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
  };
  await boot();
  return { port, url: `redis://127.0.0.1:${port}`, stop, restart: async () => (await stop(), await boot()) };
}

export type GatewayMode = {
  /** Answer 429 (Retry-After: 1) to this many requests first. */
  tooManyRequests?: number;
  /** Answer 500 without accepting to this many requests. */
  serverErrors?: number;
  /** Accept (record) the batch, then answer 500 anyway, this many times. */
  acceptThenFail?: number;
  /** Refuse for good (400) every request whose retry key ends with this. */
  refuseKeysEndingWith?: string;
  /** Answer every request this much later. */
  delayMs?: number;
};

export type GatewayStub = {
  url: string;
  /** Accepted batches: retry key → recipients, recorded once per key as a real gateway would. */
  accepted: Map<string, string[]>;
  /** The messages of each accepted request, as the gateway got them. */
  acceptedMessages: Map<string, GatewayMessage[]>;
  requests: { status: number; key: string }[];
  badSignatures: number;
  setMode(mode: GatewayMode): void;
  close(): Promise<void>;
};

export type GatewayMessage = { to: string; bubbles: { type: string; text?: string }[] };

export async function startGatewayStub(mode: GatewayMode = {}): Promise<GatewayStub> {
  let current: Required<Omit<GatewayMode, "refuseKeysEndingWith" | "delayMs">> & GatewayMode = { tooManyRequests: 0, serverErrors: 0, acceptThenFail: 0, ...mode };
  const accepted = new Map<string, string[]>();
  const acceptedMessages = new Map<string, GatewayMessage[]>();
  const requests: { status: number; key: string }[] = [];
  const stub = { badSignatures: 0 };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      const raw = Buffer.concat(chunks);
      const key = String(request.headers["x-retry-key"] ?? "");
      const expected = createHmac("sha256", GATEWAY_SECRET).update(raw).digest();
      const given = Buffer.from(String(request.headers["x-friendcast-signature"] ?? ""), "base64");
      const answer = (status: number, headers: Record<string, string> = {}) => {
        requests.push({ status, key });
        const reply = () => response.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify({ status }));
        if (current.delayMs) setTimeout(reply, current.delayMs);
        else reply();
      };
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
        stub.badSignatures++;
        return answer(401);
      }
      const body = JSON.parse(raw.toString()) as { batchId: string; recipients: string[]; messages: GatewayMessage[] };
      const wellFormed = body.recipients.length <= 500 && body.messages.length === body.recipients.length && body.messages.every((m, i) => m.to === body.recipients[i]);
      if (!key || body.batchId !== key || !wellFormed) return answer(400);
      if (current.refuseKeysEndingWith && key.endsWith(current.refuseKeysEndingWith)) {
        requests.push({ status: 400, key });
        response.writeHead(400, { "content-type": "text/plain" }).end("unknown recipients");
        return;
      }
      if (current.tooManyRequests > 0) {
        current.tooManyRequests--;
        return answer(429, { "retry-after": "1" });
      }
      if (current.serverErrors > 0) {
        current.serverErrors--;
        return answer(500);
      }
      if (accepted.has(key)) return answer(409);
      accepted.set(key, body.recipients);
      acceptedMessages.set(key, body.messages);
      if (current.acceptThenFail > 0) {
        current.acceptThenFail--;
        return answer(500);
      }
      answer(200);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/multicast`,
    accepted,
    acceptedMessages,
    requests,
    get badSignatures() {
      return stub.badSignatures;
    },
    setMode: (next) => (current = { tooManyRequests: 0, serverErrors: 0, acceptThenFail: 0, ...next }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** For one campaign: how often each follower appears in the inbox, and who of the audience is missing. */
export async function inboxTally(campaignId: string, accountId: string) {
  const [row] = await prisma.$queryRaw<[{ entries: bigint; distinct_followers: bigint; missing: bigint }]>`
    SELECT
      (SELECT count(*) FROM deliveries WHERE status = 'sent' AND campaign_id = ${campaignId}::uuid) AS entries,
      (SELECT count(DISTINCT follower_id) FROM deliveries WHERE status = 'sent' AND campaign_id = ${campaignId}::uuid) AS distinct_followers,
      (SELECT count(*) FROM followers f WHERE f.account_id = ${accountId}::uuid AND f.status = 'following'
         AND NOT EXISTS (SELECT 1 FROM deliveries m WHERE m.status = 'sent' AND m.campaign_id = ${campaignId}::uuid AND m.follower_id = f.id)) AS missing`;
  return { entries: Number(row.entries), distinct: Number(row.distinct_followers), missing: Number(row.missing) };
}

/** For one campaign: every recipient across accepted batches, duplicates and missing against the audience. */
export async function gatewayTally(gateway: GatewayStub, campaignId: string, accountId: string) {
  const seen = new Map<string, number>();
  for (const [key, recipients] of gateway.accepted) {
    if (!key.includes(campaignId)) continue;
    for (const r of recipients) seen.set(r, (seen.get(r) ?? 0) + 1);
  }
  const audience = await prisma.follower.findMany({ where: { accountId, status: "following" }, select: { externalId: true } });
  const duplicates = [...seen.values()].filter((n) => n > 1).length;
  const missing = audience.filter((f) => !seen.has(f.externalId)).length;
  return { recipients: seen.size, duplicates, missing };
}
