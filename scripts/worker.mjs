// `npm run worker`: one worker process. Builds the worker bundle from the sources (a fraction of a
// second), then runs it in this process.
import { pathToFileURL } from "node:url";
import { applyDefaults, loadDotEnv } from "./lib/config.mjs";
import { buildWorker } from "./lib/build-worker.mjs";

loadDotEnv();
applyDefaults();
await import(pathToFileURL(await buildWorker()).href);
