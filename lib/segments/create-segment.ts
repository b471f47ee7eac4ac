import "server-only";
import { prisma } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreateSegmentInput } from "@/lib/segments/schemas";
import { isUniqueViolation, segmentNameTaken } from "@/lib/segments/segment-name-taken";

export async function createSegment({ accountId, input }: { accountId: string; input: CreateSegmentInput }) {
  try {
    return await prisma.segment.create({
      data: { accountId, name: input.name, rule: input.rule as Prisma.InputJsonObject },
      select: { id: true, name: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw segmentNameTaken(input.name, error);
    throw error;
  }
}
