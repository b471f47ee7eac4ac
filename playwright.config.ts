import { defineConfig } from "@playwright/test";
import { chromiumPath, testEnv } from "./scripts/lib/config.mjs";

const env = testEnv();
const baseURL = `http://127.0.0.1:${env.PORT}`;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // Several sign-ups (each an argon2 hash) per spec on a 2-core machine: a minute is too tight.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // The built app and a worker, as users run them: `npm test` builds first.
    command: "node scripts/serve.mjs",
    url: `${baseURL}/api/health`,
    // Tiny inbox batches (the default is 2,000): the engine delivers 2,000-follower batches about
    // as fast as 20-follower ones, so this is what makes a 22,000-follower send last the ~10 s in
    // which campaign-pages.spec watches it and pauses it mid-way.
    env: { ...process.env, ...env, DELIVER_BATCH_SIZE: "20" },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
