// `npm run web`: serves the built app alone, on PORT, after checking its dependencies.
import { applyDefaults, ensureAuthSecret, loadDotEnv } from "./lib/config.mjs";
import { preflight } from "./lib/preflight.mjs";
import { validateEnv } from "./lib/validate-env.mjs";
import { bin } from "./lib/run.mjs";
import { spawn } from "node:child_process";

loadDotEnv();
applyDefaults();
ensureAuthSecret();
validateEnv();
await preflight({ databaseUrl: process.env.DATABASE_URL, redisUrl: process.env.REDIS_URL });

const child = spawn(bin("next"), ["start", "-p", process.env.PORT], { stdio: "inherit", env: process.env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
