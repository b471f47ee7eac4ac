import { execFileSync } from "node:child_process";
import { Redis } from "ioredis";
import { buildWorker } from "../../scripts/lib/build-worker.mjs";
import { testEnv } from "../../scripts/lib/config.mjs";

/**
 * Migrates the test database (creating it if missing) and empties the test Redis database, so a
 * plain `npx vitest` works as well as `npm test`. Skipped when the test script already did it.
 */
export default async function setup() {
  // Tests that start real worker processes run the same bundle `npm run worker` does.
  await buildWorker();
  if (process.env.FRIENDCAST_TEST_PREPARED === "1") return;
  const env = { ...process.env, ...testEnv() };
  execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { stdio: "inherit", env });
  const redis = new Redis(env.REDIS_URL);
  await redis.flushdb();
  redis.disconnect();
}
