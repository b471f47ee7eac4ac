import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Row-locks the account, then reads the member. Two owners demoting each other at once would
 * otherwise both see "another owner remains" and leave the account ownerless.
 */
export async function lockMembership(tx: Prisma.TransactionClient, { accountId, membershipId }: { accountId: string; membershipId: string }) {
  await tx.$queryRaw`SELECT id FROM accounts WHERE id = ${accountId}::uuid FOR UPDATE`;
  const membership = await tx.membership.findFirst({
    where: { id: membershipId, accountId },
    select: { id: true, role: true, userId: true },
  });
  if (!membership) throw new AppError("not_found", "That member is not in this account. Reload the page.");
  return membership;
}

export async function countOwners(tx: Prisma.TransactionClient, accountId: string): Promise<number> {
  return tx.membership.count({ where: { accountId, role: "owner" } });
}
