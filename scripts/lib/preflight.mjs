// Checks that PostgreSQL and Redis answer before anything starts, and says in one line how to
// fix it when they don't: a stack trace from deep inside a driver helps nobody at first start.
import pg from "pg";
import { Redis } from "ioredis";
import { withDatabase } from "./config.mjs";

function redact(url) {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}

export async function checkPostgres(url) {
  // The maintenance database: the app's own may not exist yet, and migrate deploy creates it.
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres"), connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new Error(
      `Cannot reach PostgreSQL at ${redact(url)} (${error.code ?? error.message}). ` +
        "Start PostgreSQL 15+ (e.g. `pg_ctlcluster 15 main start`) or set DATABASE_URL to a server you can reach.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export async function checkRedis(url) {
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 5000 });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(
      `Cannot reach Redis at ${redact(url)} (${error.code ?? error.message}). ` +
        "Start Redis 7+ (e.g. `redis-server --daemonize yes`) or set REDIS_URL to a server you can reach.",
    );
  } finally {
    redis.disconnect();
  }
}

/** Runs both checks; on failure prints the one-line reason and exits. */
export async function preflight({ databaseUrl, redisUrl }) {
  const results = await Promise.allSettled([checkPostgres(databaseUrl), checkRedis(redisUrl)]);
  const failures = results.filter((r) => r.status === "rejected").map((r) => r.reason.message);
  if (failures.length > 0) {
    for (const failure of failures) console.error(`friendcast: ${failure}`);
    process.exit(1);
  }
}
