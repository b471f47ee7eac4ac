import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

const root = path.dirname(fileURLToPath(import.meta.url));

// Prisma 7 no longer reads .env on its own.
try {
  process.loadEnvFile(path.join(root, ".env"));
} catch {
  // no .env file (or a Node without loadEnvFile): the environment is used as is
}

// The CLI would otherwise try to download its native schema engine, which
// this project's machines cannot reach; the shim runs the same engine as Wasm.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "scripts", "prisma-schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: {
    url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/friendcast",
  },
});
