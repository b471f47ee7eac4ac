import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { UpdateSegmentInput } from "@/lib/segments/schemas";
import { isUniqueViolation, segmentNameTaken } from "@/lib/segments/segment-name-taken";

/** Renames a segment and/or changes its rule. Campaigns already sent keep the audience they froze. */
export async function updateSegment({ accountId, input }: { accountId: string; input: UpdateSegmentInput }) {
  try {
    const { count } = await prisma.segment.updateMany({
      where: { id: input.segmentId, accountId },
      data: { name: input.name, rule: input.rule as Prisma.InputJsonObject },
    });
    if (count !== 1) throw new AppError("not_found", "There is no such segment in this account. It may have been deleted.");
  } catch (error) {
    if (isUniqueViolation(error)) throw segmentNameTaken(input.name, error);
    throw error;
  }
}
