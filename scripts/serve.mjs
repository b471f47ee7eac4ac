// The built app plus one worker, without migrating or building: what the end-to-end tests run.
import { applyDefaults, ensureAuthSecret, loadDotEnv } from "./lib/config.mjs";
import { preflight } from "./lib/preflight.mjs";
import { validateEnv } from "./lib/validate-env.mjs";
import { serveWebAndWorker } from "./lib/serve.mjs";

loadDotEnv();
applyDefaults();
ensureAuthSecret();
validateEnv();
await preflight({ databaseUrl: process.env.DATABASE_URL, redisUrl: process.env.REDIS_URL });
serveWebAndWorker();
