import "server-only";
import { prisma } from "@/lib/db";
import { getRedis } from "@/lib/redis";

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Both dependencies, each bounded so a hung one can't hang the probe. */
export async function checkHealth() {
  const [db, redis] = await Promise.all([
    withTimeout(prisma.$queryRaw`SELECT 1`, 5000).then(() => true, () => false),
    withTimeout(getRedis().ping(), 5000).then((pong) => pong === "PONG", () => false),
  ]);
  return { ok: db && redis, db, redis };
}
