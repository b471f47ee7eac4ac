import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function getAccountProfileOrThrow({ accountId }: { accountId: string }) {
  const account = await prisma.account.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      handle: true,
      name: true,
      kind: true,
      category: true,
      area: true,
      timezone: true,
      plan: true,
      description: true,
      createdAt: true,
      _count: { select: { memberships: true } },
    },
  });
  if (!account) throw new AppError("not_found", "This account no longer exists.");
  return account;
}
