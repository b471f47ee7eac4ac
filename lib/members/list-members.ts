import "server-only";
import { prisma } from "@/lib/db";

export async function listMembers({ accountId }: { accountId: string }) {
  return prisma.membership.findMany({
    where: { accountId },
    orderBy: { createdAt: "asc" },
    select: { id: true, role: true, createdAt: true, user: { select: { id: true, email: true, name: true } } },
  });
}
