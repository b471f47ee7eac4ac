import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { buildFollowerWhere } from "@/lib/followers/build-follower-where";
import { followerFilterSchema } from "@/lib/followers/schemas";

const segmentRuleSchema = followerFilterSchema.omit({ q: true, status: true });

/** The segment's rule as a follower where, under its account; another account's segment is not_found. */
export async function getSegmentWhere({ accountId, segmentId }: { accountId: string; segmentId: string }): Promise<Prisma.FollowerWhereInput> {
  const segment = await prisma.segment.findFirst({ where: { id: segmentId, accountId }, select: { rule: true } });
  if (!segment) throw new AppError("not_found", "There is no such segment in this account. Check the segment id.");
  return buildFollowerWhere(accountId, segmentRuleSchema.parse(segment.rule));
}
