import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { parseSegmentRule, segmentIdSchema } from "@/lib/segments/schemas";

/** Another account's segment is the same not_found as a missing one. */
export async function getSegmentOrThrow({ accountId, segmentId }: { accountId: string; segmentId: string }) {
  const notFound = new AppError("not_found", "There is no such segment in this account. It may have been deleted.");
  // A malformed id can't name a segment; checking it here keeps PostgreSQL's uuid cast error out of the answer.
  if (!segmentIdSchema.safeParse(segmentId).success) throw notFound;
  const segment = await prisma.segment.findFirst({
    where: { id: segmentId, accountId },
    select: { id: true, name: true, rule: true, createdAt: true, updatedAt: true },
  });
  if (!segment) throw notFound;
  return { ...segment, rule: parseSegmentRule(segment.rule) };
}
