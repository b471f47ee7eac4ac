import { Redis } from "ioredis";
import { DEFAULT_REDIS_URL } from "@/lib/env-defaults";

const globalForRedis = globalThis as unknown as { friendcastRedis?: Redis };

/** The web process's shared connection (rate limits, health). Workers open their own. */
export function getRedis(): Redis {
  if (!globalForRedis.friendcastRedis) {
    globalForRedis.friendcastRedis = new Redis(process.env.REDIS_URL ?? DEFAULT_REDIS_URL, {
      // Fail a request fast instead of queueing it forever while Redis is down.
      maxRetriesPerRequest: 2,
      enableOfflineQueue: true,
      lazyConnect: false,
    });
    globalForRedis.friendcastRedis.on("error", () => {
      // ioredis reconnects by itself; the health route reports the outage.
    });
  }
  return globalForRedis.friendcastRedis;
}
