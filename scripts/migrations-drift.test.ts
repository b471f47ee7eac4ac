import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("committed migrations", () => {
  it("produce exactly prisma/schema.prisma (no drift)", () => {
    // --exit-code: 0 = no difference, 2 = the schema changed without a migration.
    const run = () =>
      execFileSync(
        "node_modules/.bin/prisma",
        ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
        { env: process.env, encoding: "utf8", stdio: "pipe" },
      );
    expect(run).not.toThrow();
  }, 60_000);
});
