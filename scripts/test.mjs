// `npm test`: everything, against the real services — vitest (unit + integration on PostgreSQL
// and Redis), then Playwright against a production build in Debian's Chromium.
import { existsSync } from "node:fs";
import { Redis } from "ioredis";
import { chromiumPath, loadDotEnv, testEnv } from "./lib/config.mjs";
import { preflight } from "./lib/preflight.mjs";
import { bin, run } from "./lib/run.mjs";

loadDotEnv();
if (!existsSync(chromiumPath())) {
  console.error(
    `friendcast: Chromium is missing at ${chromiumPath()}. Install it with \`apt-get install -y chromium\` ` +
      "(Playwright's own download can't reach the network here), or set CHROMIUM_PATH.",
  );
  process.exit(1);
}

const env = { ...process.env, ...testEnv(), FRIENDCAST_TEST_PREPARED: "1" };
await preflight({ databaseUrl: env.DATABASE_URL, redisUrl: env.REDIS_URL });

try {
  console.log(`friendcast: preparing the test database (${new URL(env.DATABASE_URL).pathname.slice(1)}) and Redis (${env.REDIS_URL})`);
  await run(bin("prisma"), ["migrate", "deploy"], { env });
  await run(bin("prisma"), ["generate"], { env });
  const redis = new Redis(env.REDIS_URL);
  await redis.flushdb();
  redis.disconnect();

  await run(bin("vitest"), ["run"], { env });
  await run(bin("next"), ["build"], { env });
  await run(bin("playwright"), ["test"], { env });
} catch (error) {
  console.error(`friendcast: ${error.message}`);
  process.exit(error.exitCode ?? 1);
}
