import "server-only";
import { prisma } from "@/lib/db";

export async function listUserAccounts({ userId }: { userId: string }) {
  const memberships = await prisma.membership.findMany({
    where: { userId },
    orderBy: { account: { name: "asc" } },
    select: { role: true, account: { select: { id: true, handle: true, name: true, kind: true, area: true } } },
  });
  return memberships.map(({ role, account }) => ({ ...account, role }));
}
