import "server-only";
import { prisma } from "@/lib/db";
import { importSummarySelect } from "@/lib/imports/get-import";

/** The account's latest imports, newest first. */
export async function listImports({ accountId, take = 20 }: { accountId: string; take?: number }) {
  return prisma.import.findMany({
    where: { accountId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: importSummarySelect,
  });
}
