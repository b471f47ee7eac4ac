import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { DEFAULT_DATABASE_URL } from "@/lib/env-defaults";

// One client per process: Next's dev server re-evaluates modules, so the instance lives on globalThis.
const globalForPrisma = globalThis as unknown as { friendcastPrisma?: PrismaClient };

function createPrismaClient() {
  const connectionString = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

export const prisma = globalForPrisma.friendcastPrisma ?? createPrismaClient();
globalForPrisma.friendcastPrisma = prisma;
