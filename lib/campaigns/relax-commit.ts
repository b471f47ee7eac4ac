import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A planning commit that PostgreSQL loses in a crash (at most a moment's worth) is safe to redo:
 * the cursor goes back with the batches it had written, and the page is planned again. Not waiting
 * for the WAL flush is most of a small commit's cost. (Deliver's single statement relaxes its own
 * commit the same way; see resolve-batch.ts.)
 */
export async function relaxCommit(tx: Prisma.TransactionClient) {
  await tx.$executeRaw`SET LOCAL synchronous_commit TO OFF`;
}
