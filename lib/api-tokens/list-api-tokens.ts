import "server-only";
import { prisma } from "@/lib/db";

/** Never selects the hash: the list is for telling tokens apart, not for checking them. */
export async function listApiTokens({ accountId }: { accountId: string }) {
  return prisma.apiToken.findMany({
    where: { accountId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { name: true, email: true } },
    },
  });
}
