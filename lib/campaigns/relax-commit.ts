import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A commit that PostgreSQL loses in a crash (at most a moment's worth) is safe to redo here: the
 * rows go back to pending with their inbox entries, and a remote batch is retried under its retry
 * key. Not waiting for the WAL flush on every batch is most of the commit cost.
 */
export async function relaxCommit(tx: Prisma.TransactionClient) {
  await tx.$executeRaw`SET LOCAL synchronous_commit TO OFF`;
}
