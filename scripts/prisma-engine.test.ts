// Drives the real Prisma CLI through scripts/prisma-schema-engine.mjs, the
// stand-in for the schema-engine binary that cannot be downloaded here. Works
// on a scratch database of its own, created by `migrate deploy` and dropped at
// the end, with a schema and migration kept in a temp dir: it never reads
// prisma/schema.prisma nor touches prisma/migrations.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");
const shim = path.join(root, "scripts", "prisma-schema-engine.mjs");

const serverUrl = new URL(process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/friendcast");
const scratchDb = `friendcast_shimtest_${randomBytes(4).toString("hex")}`;
const scratchUrl = new URL(serverUrl);
scratchUrl.pathname = `/${scratchDb}`;
const adminUrl = new URL(serverUrl);
adminUrl.pathname = "/postgres";

const SCHEMA = `datasource db {
  provider = "postgresql"
}

enum Status {
  draft
  sent
}

model Sender {
  id        String      @id @default(uuid(7)) @db.Uuid
  handle    String      @unique
  createdAt DateTime    @default(now()) @map("created_at")
  messages  Message[]

  @@map("senders")
}

model Message {
  id       Int      @id @default(autoincrement())
  senderId String   @map("sender_id") @db.Uuid
  body     String   @db.VarChar(500)
  status   Status   @default(draft)
  tags     String[]
  sender   Sender   @relation(fields: [senderId], references: [id], onDelete: Cascade)

  @@index([senderId, status])
  @@map("messages")
}
`;

let dir = "";

function prisma(...args: string[]) {
  const result = spawnSync(process.execPath, [prismaCli, ...args, "--config", path.join(dir, "prisma.config.mjs")], {
    cwd: dir,
    encoding: "utf8",
    timeout: 45_000,
    env: {
      ...process.env,
      DATABASE_URL: scratchUrl.toString(),
      PRISMA_SCHEMA_ENGINE_BINARY: shim,
      CHECKPOINT_DISABLE: "1",
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
    },
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}${result.error ? String(result.error) : ""}` };
}

async function query<R extends pg.QueryResultRow>(url: URL, sql: string): Promise<R[]> {
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<R>(sql)).rows;
  } finally {
    await client.end();
  }
}

const shadowDatabases = async () =>
  (await query<{ datname: string }>(adminUrl, "SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'")).map(
    (r) => r.datname,
  );

describe("Prisma CLI on the Wasm schema-engine shim", () => {
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "prisma-shim-"));
    writeFileSync(path.join(dir, "schema.prisma"), SCHEMA);
    writeFileSync(
      path.join(dir, "prisma.config.mjs"),
      `export default { schema: "schema.prisma", migrations: { path: "migrations" }, datasource: { url: process.env.DATABASE_URL } };\n`,
    );
  });

  afterAll(async () => {
    await query(adminUrl, `DROP DATABASE IF EXISTS "${scratchDb}" WITH (FORCE)`);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("creates, deploys and re-checks a migration without drift", async () => {
    // the migration itself comes from the engine, as `migrate dev` would write it
    const migrationDir = path.join(dir, "migrations", "20250101000000_init");
    mkdirSync(migrationDir, { recursive: true });
    writeFileSync(path.join(dir, "migrations", "migration_lock.toml"), 'provider = "postgresql"\n');
    const generated = prisma(
      "migrate", "diff", "--from-empty", "--to-schema", "schema.prisma", "--script",
      "--output", path.join(migrationDir, "migration.sql"),
    );
    expect(generated.status, generated.out).toBe(0);

    const deploy = prisma("migrate", "deploy");
    expect(deploy.status, deploy.out).toBe(0);
    expect(deploy.out).toMatch(new RegExp(`database ${scratchDb} created`));
    expect(deploy.out).toContain("20250101000000_init");

    const tables = await query<{ table_name: string }>(
      scratchUrl,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name",
    );
    expect(tables.map((t) => t.table_name)).toEqual(["_prisma_migrations", "messages", "senders"]);

    // replays the migrations on a throw-away shadow database, which must be gone afterwards
    const shadowsBefore = await shadowDatabases();
    const fromMigrations = prisma(
      "migrate", "diff", "--from-migrations", "migrations", "--to-schema", "schema.prisma", "--exit-code",
    );
    expect(fromMigrations.status, fromMigrations.out).toBe(0);

    // …and --exit-code does report a difference when there is one
    writeFileSync(path.join(dir, "changed.prisma"), SCHEMA.replace("  tags     String[]\n", "  tags     String[]\n  pinned   Boolean  @default(false)\n"));
    const drifted = prisma("migrate", "diff", "--from-migrations", "migrations", "--to-schema", "changed.prisma", "--exit-code");
    expect(drifted.status, drifted.out).toBe(2);

    // reads the live database's catalogs through the adapter
    const fromDatabase = prisma("migrate", "diff", "--from-config-datasource", "--to-schema", "schema.prisma", "--exit-code");
    expect(fromDatabase.status, fromDatabase.out).toBe(0);

    const leftovers = (await shadowDatabases()).filter((name) => !shadowsBefore.includes(name));
    expect(leftovers).toEqual([]);
  }, 60_000);
});
