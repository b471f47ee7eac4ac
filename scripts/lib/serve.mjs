import { spawn } from "node:child_process";
import { WORKER_NODE_ARGS } from "./build-worker.mjs";
import { bin } from "./run.mjs";

/**
 * Runs the web server and one worker process side by side. One dying takes the other down, so a
 * supervisor (or the person at the terminal) sees the failure instead of half a service.
 */
export function serveWebAndWorker(env = process.env) {
  const children = [
    spawn(bin("next"), ["start", "-p", env.PORT], { stdio: "inherit", env }),
    spawn(process.execPath, [...WORKER_NODE_ARGS, "scripts/worker.mjs"], { stdio: "inherit", env }),
  ];
  let stopping = false;
  const stop = (signal) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(signal));
  for (const child of children) {
    child.on("exit", (code) => {
      stop("SIGTERM");
      if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(code ?? 0);
    });
  }
  return children;
}
