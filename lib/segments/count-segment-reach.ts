import "server-only";
import { prisma } from "@/lib/db";
import { buildSegmentWhere } from "@/lib/segments/build-segment-where";
import type { SegmentRule } from "@/lib/segments/schemas";

/**
 * The exact number, however small: unlike LINE we don't hide counts under 20 from the account's own
 * staff. Reads every matching follower, so at a million followers it costs tens of milliseconds;
 * the segment builder and list show estimateSegmentReach instead, which is exact for small accounts.
 */
export async function countSegmentReach({ accountId, rule }: { accountId: string; rule: SegmentRule }): Promise<number> {
  return prisma.follower.count({ where: buildSegmentWhere(accountId, rule) });
}
