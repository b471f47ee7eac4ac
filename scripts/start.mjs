// `npm start`: everything the quick start promises on a fresh clone — check PostgreSQL and Redis,
// migrate, seed a demo on an empty database, build if needed, then serve the web app and a worker.
import { applyDefaults, ensureAuthSecret, loadDotEnv } from "./lib/config.mjs";
import { buildIfStale } from "./lib/build-if-stale.mjs";
import { preflight } from "./lib/preflight.mjs";
import { validateEnv } from "./lib/validate-env.mjs";
import { bin, run } from "./lib/run.mjs";
import { serveWebAndWorker } from "./lib/serve.mjs";

loadDotEnv();
applyDefaults();
ensureAuthSecret();
validateEnv();
await preflight({ databaseUrl: process.env.DATABASE_URL, redisUrl: process.env.REDIS_URL });

try {
  await run(bin("prisma"), ["migrate", "deploy"]);
  await run(bin("prisma"), ["generate"]);
  await run(bin("tsx"), ["--conditions=react-server", "prisma/seed-demo.ts"]);
  await buildIfStale(process.env);
} catch (error) {
  console.error(`friendcast: ${error.message}`);
  process.exit(error.exitCode ?? 1);
}

serveWebAndWorker();
console.log(`friendcast: serving on http://localhost:${process.env.PORT} with one worker process`);
