import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { testEnv } from "./scripts/lib/config.mjs";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // "server-only" throws outside React's server build; in tests we are the server.
      { find: /^server-only$/, replacement: `${root}/lib/test/server-only-stub.ts` },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts", "workers/**/*.test.ts", "app/**/*.test.ts"],
    env: testEnv(),
    globalSetup: ["./lib/test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
