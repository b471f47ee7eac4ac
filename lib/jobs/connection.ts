import { Redis, type RedisOptions } from "ioredis";
import { DEFAULT_REDIS_URL } from "@/lib/env-defaults";

/**
 * Every queue key starts with this hash tag, so all of a queue's keys land in one Redis Cluster
 * slot (BullMQ's Lua scripts touch several keys at once).
 */
export const QUEUE_PREFIX = "{friendcast}";

/**
 * Workers block on Redis and must never give up a command (BullMQ's production guide); producers
 * in the web process should fail fast instead of hanging a request while Redis is down.
 */
export function createRedisConnection(role: "worker" | "producer", options: RedisOptions = {}): Redis {
  const connection = new Redis(process.env.REDIS_URL ?? DEFAULT_REDIS_URL, {
    maxRetriesPerRequest: role === "worker" ? null : 3,
    enableOfflineQueue: role === "worker",
    ...options,
  });
  connection.on("error", (error) => {
    // ioredis reconnects by itself; log once per error so an outage is visible, not fatal.
    console.error(`[redis:${role}] ${error.message}`);
  });
  return connection;
}
