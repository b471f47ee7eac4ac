import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Gives back the part of a reservation that was never sent (failed, skipped, cancelled). */
export async function releaseQuota(tx: Prisma.TransactionClient, { accountId, month, count }: { accountId: string; month: string; count: number }) {
  if (count <= 0) return;
  await tx.$executeRaw`
    UPDATE quota_usages SET reserved = GREATEST(0, reserved - ${count}), updated_at = now()
    WHERE account_id = ${accountId}::uuid AND month = ${month}`;
}
