import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { importIdSchema } from "@/lib/imports/schemas";

export const importSummarySelect = {
  id: true,
  fileName: true,
  status: true,
  processed: true,
  estimatedRows: true,
  imported: true,
  failed: true,
  error: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
} as const;

/** An import of this account; a malformed id or another account's import is the same not_found. */
export async function getImportOrThrow({ id, accountId }: { id: string; accountId: string }) {
  const found = importIdSchema.safeParse(id).success
    ? await prisma.import.findFirst({ where: { id, accountId }, select: importSummarySelect })
    : null;
  if (!found) throw new AppError("not_found", "There is no such import in this account. Check the address.");
  return found;
}

export type ImportSummary = Awaited<ReturnType<typeof getImportOrThrow>>;
