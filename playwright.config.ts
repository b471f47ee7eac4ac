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
    env: { ...process.env, ...env },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
