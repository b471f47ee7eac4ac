import { spawn } from "node:child_process";
import { join } from "node:path";
import { root } from "./config.mjs";

export const bin = (name) => join(root, "node_modules", ".bin", name);

/** Runs a command to completion with inherited output; rejects with its exit code. */
export function run(command, args, { env = process.env, cwd = root } = {}) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env, cwd });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(Object.assign(new Error(`${command} ${args.join(" ")} exited with ${code ?? signal}`), { exitCode: code ?? 1 }));
    });
  });
}
