import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { root } from "./config.mjs";
import { bin, run } from "./run.mjs";

const sources = ["app", "components", "lib", "public", "next.config.ts", "package-lock.json", "prisma/schema.prisma", "postcss.config.mjs"];
const skip = new Set(["generated", "node_modules"]);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (skip.has(entry)) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** `next build` only when a source is newer than the last build: a restart shouldn't cost a minute. */
export async function buildIfStale(env) {
  const buildId = join(root, ".next", "BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  const changedAt = Math.max(...sources.map((s) => newestMtime(join(root, s))));
  if (builtAt > changedAt) {
    console.log("friendcast: the build is up to date.");
    return;
  }
  console.log("friendcast: building the web app (next build)…");
  await run(bin("next"), ["build"], { env });
}
