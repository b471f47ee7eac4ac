import "server-only";
import { prisma } from "@/lib/db";

/** The first skipped rows of an import, by line. The caller has checked the import belongs to the account. */
export async function listImportErrors({ importId, accountId, take }: { importId: string; accountId: string; take: number }) {
  return prisma.importError.findMany({
    where: { importId, import: { accountId } },
    orderBy: { line: "asc" },
    take,
    select: { line: true, reason: true },
  });
}
