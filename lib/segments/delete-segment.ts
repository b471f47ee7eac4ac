import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { DeleteSegmentInput } from "@/lib/segments/schemas";

export async function deleteSegment({ accountId, input }: { accountId: string; input: DeleteSegmentInput }) {
  const { count } = await prisma.segment.deleteMany({ where: { id: input.segmentId, accountId } });
  if (count !== 1) throw new AppError("not_found", "There is no such segment in this account. It may have been deleted.");
}
