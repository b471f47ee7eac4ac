import { execFileSync } from "node:child_process";
import { testEnv } from "../scripts/lib/config.mjs";

/** Adds synthetic followers to an account through the seed script, against the test database. */
export function seedFollowers(handle: string, count: number) {
  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "prisma/seed.ts", "--account", handle, "--followers", String(count)], {
    env: { ...process.env, ...testEnv() },
    stdio: ["ignore", "ignore", "pipe"],
  });
}
