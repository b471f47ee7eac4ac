// The worker runs as one bundled ES module under plain node: no TypeScript loader in the
// process (tens of MB of RSS per worker) and no loader parent process, so a signal sent to the
// worker's pid reaches the process doing the work.
import { build } from "esbuild";
import { join } from "node:path";
import { root, stateDir } from "./config.mjs";

export const workerBundle = join(stateDir, "worker.mjs");

/**
 * Node flags every worker process starts with (package.json's `worker` script says the same).
 * A capped heap makes V8 collect instead of growing: without it a worker posting to a gateway
 * reached ~335 MB RSS in bench:fanout at a million followers; with it, ~220–245 MB. The young
 * generation is outside that cap: halving its semi-spaces (16 → 8 MB) took the peak to ~210 MB
 * at no measurable cost, while 4 MB (~185–200 MB) cost the worker a fifth more CPU in scavenges.
 */
export const WORKER_NODE_ARGS = ["--max-old-space-size=160", "--max-semi-space-size=8"];

/** Bundles workers/index.ts and everything of ours it imports; npm packages stay in node_modules. */
export async function buildWorker() {
  await build({
    entryPoints: [join(root, "workers/index.ts")],
    outfile: workerBundle,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // `server-only` guards against bundling server code into a browser; a worker is all server.
    alias: { "server-only": join(root, "scripts/lib/empty-module.mjs") },
    tsconfig: join(root, "tsconfig.json"),
    sourcemap: "inline",
    logLevel: "warning",
  });
  return workerBundle;
}
