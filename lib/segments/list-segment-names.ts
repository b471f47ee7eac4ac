import "server-only";
import { prisma } from "@/lib/db";

/** Segments to choose from in a picker: names only, no reach (each reach is a count, the picker counts the chosen one). */
export async function listSegmentNames({ accountId }: { accountId: string }) {
  return prisma.segment.findMany({ where: { accountId }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
