// Configuration for the scripts that start, test and seed Friendcast. Plain ESM so it runs on a
// fresh clone before anything is built.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const stateDir = join(root, ".friendcast");

export const DEFAULT_DATABASE_URL = "postgresql://postgres@127.0.0.1:5432/friendcast";
export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";

/** Loads .env when present; variables already set in the environment win. */
export function loadDotEnv() {
  try {
    process.loadEnvFile(join(root, ".env"));
  } catch {
    // No .env is the normal case.
  }
}

/** Kept in a git-ignored file so sessions survive a restart without anyone choosing a secret. */
export function ensureAuthSecret() {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = join(stateDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log(`Generated AUTH_SECRET in ${file} (set AUTH_SECRET to use your own).`);
  }
  process.env.AUTH_SECRET = readFileSync(file, "utf8").trim();
  return process.env.AUTH_SECRET;
}

export function applyDefaults() {
  process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
  process.env.REDIS_URL ||= DEFAULT_REDIS_URL;
  process.env.PORT ||= "3000";
  process.env.NEXT_TELEMETRY_DISABLED = "1";
}

/** Replaces the database name in a PostgreSQL URL. */
export function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/**
 * The environment every test process shares: its own database (the app's name + "_test") and
 * Redis logical database 15, so `npm test` never touches the data `npm start` serves.
 */
export function testEnv(base = process.env) {
  const databaseUrl = base.TEST_DATABASE_URL || withDatabase(base.DATABASE_URL || DEFAULT_DATABASE_URL, `${databaseName(base.DATABASE_URL || DEFAULT_DATABASE_URL)}_test`);
  const redisUrl = base.TEST_REDIS_URL || "redis://127.0.0.1:6379/15";
  // TEST_* are returned too, so applying this twice (test script, then a config it loads) is stable.
  return {
    TEST_DATABASE_URL: databaseUrl,
    TEST_REDIS_URL: redisUrl,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    AUTH_SECRET: base.AUTH_SECRET || "friendcast-test-secret-friendcast-test-secret",
    PORT: base.TEST_PORT || "3100",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

export const chromiumPath = () => process.env.CHROMIUM_PATH || "/usr/bin/chromium";
