import { describe, expect, it } from "vitest";
import { checkPostgres, checkRedis } from "./lib/preflight.mjs";

describe("start-up checks", () => {
  it("names an unreachable PostgreSQL URL and says how to fix it, without the password", async () => {
    const error = (await checkPostgres("postgresql://postgres:hunter2@127.0.0.1:1/friendcast").catch((e: Error) => e)) as Error;
    expect(error.message).toContain("Cannot reach PostgreSQL at postgresql://postgres:***@127.0.0.1:1/friendcast");
    expect(error.message).toContain("set DATABASE_URL");
    expect(error.message).not.toContain("hunter2");
    expect(error.message.split("\n")).toHaveLength(1);
  });

  it("names an unreachable Redis URL and says how to fix it", async () => {
    const error = (await checkRedis("redis://127.0.0.1:1").catch((e: Error) => e)) as Error;
    expect(error.message).toContain("Cannot reach Redis at redis://127.0.0.1:1");
    expect(error.message).toContain("set REDIS_URL");
  });

  it("passes against the running services", async () => {
    await checkPostgres(process.env.DATABASE_URL);
    await checkRedis(process.env.REDIS_URL);
  });
});

describe("npm run web with a dead database", () => {
  it("stops with one line naming the URL instead of a stack trace", async () => {
    const { spawnSync } = await import("node:child_process");
    const result = spawnSync(process.execPath, ["scripts/web.mjs"], {
      env: { ...process.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/friendcast", AUTH_SECRET: "x".repeat(40) },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toEqual(["friendcast: Cannot reach PostgreSQL at postgresql://postgres@127.0.0.1:1/friendcast (ECONNREFUSED). Start PostgreSQL 15+ (e.g. `pg_ctlcluster 15 main start`) or set DATABASE_URL to a server you can reach."]);
  });
});

describe("configuration", () => {
  it("refuses a malformed URL with one line per variable", async () => {
    const { spawnSync } = await import("node:child_process");
    const result = spawnSync(process.execPath, ["scripts/web.mjs"], {
      env: { ...process.env, DATABASE_URL: "mysql://root@localhost/x", REDIS_URL: "nope", AUTH_SECRET: "short", PORT: "3000" },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      "friendcast: DATABASE_URL must be a postgresql:// URL, like postgresql://postgres@127.0.0.1:5432/friendcast",
      "friendcast: REDIS_URL must be a redis:// URL, like redis://127.0.0.1:6379",
      "friendcast: AUTH_SECRET must be at least 32 characters (or unset it to have one generated)",
    ]);
  });
});
