import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { UpdateAccountInput } from "@/lib/accounts/schemas";

export async function updateAccount({ accountId, actorId, input }: { accountId: string; actorId: string; input: UpdateAccountInput }) {
  return prisma.$transaction(async (tx) => {
    const before = await tx.account.findUnique({ where: { id: accountId }, select: { plan: true } });
    if (!before) throw new AppError("not_found", "This account no longer exists.");
    const account = await tx.account.update({ where: { id: accountId }, data: input, select: { id: true, handle: true } });
    await writeAuditLog(tx, {
      accountId,
      actorId,
      action: "account.updated",
      details: { fields: Object.keys(input), ...(before.plan !== input.plan ? { plan: { before: before.plan, after: input.plan } } : {}) },
    });
    return account;
  });
}
