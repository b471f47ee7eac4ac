import "server-only";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { estimateSegmentReach, type SegmentReach } from "@/lib/segments/estimate-segment-reach";
import { parseSegmentRule, type SegmentRule } from "@/lib/segments/schemas";

export type SegmentListItem = {
  id: string;
  name: string;
  updatedAt: Date;
} & ({ rule: SegmentRule; reach: SegmentReach; ruleError?: undefined } | { rule: null; reach: null; ruleError: string });

/** Every segment with its reach counted (or, for big accounts, estimated) now, not cached: the list is where people compare audiences. */
export async function listSegments({ accountId }: { accountId: string }): Promise<SegmentListItem[]> {
  const segments = await prisma.segment.findMany({
    where: { accountId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, rule: true, updatedAt: true },
  });
  return Promise.all(
    segments.map(async ({ id, name, rule: stored, updatedAt }): Promise<SegmentListItem> => {
      try {
        const rule = parseSegmentRule(stored);
        return { id, name, updatedAt, rule, reach: await estimateSegmentReach({ accountId, rule }) };
      } catch (error) {
        // One stale rule shouldn't hide the other segments; it is shown with what to fix.
        if (isAppError(error)) return { id, name, updatedAt, rule: null, reach: null, ruleError: error.message };
        throw error;
      }
    }),
  );
}
