// `npm start`: everything the quick start promises on a fresh clone — check PostgreSQL and Redis,
// migrate, seed a demo on an empty database, build if needed, then serve.
import { spawn } from "node:child_process";
import { applyDefaults, ensureAuthSecret, loadDotEnv } from "./lib/config.mjs";
import { buildIfStale } from "./lib/build-if-stale.mjs";
import { preflight } from "./lib/preflight.mjs";
import { bin, run } from "./lib/run.mjs";

loadDotEnv();
applyDefaults();
ensureAuthSecret();
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

const children = [spawn(bin("next"), ["start", "-p", process.env.PORT], { stdio: "inherit", env: process.env })];
console.log(`friendcast: serving on http://localhost:${process.env.PORT}`);

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
// One process dying takes the others down, so a supervisor sees the failure instead of half a service.
for (const child of children) {
  child.on("exit", (code) => {
    stop("SIGTERM");
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
  });
}
