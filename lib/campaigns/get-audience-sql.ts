import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildSegmentSql } from "@/lib/segments/build-segment-sql";
import { getSegmentOrThrow } from "@/lib/segments/get-segment-or-throw";
import type { Audience } from "@/lib/campaigns/schemas";

/**
 * getAudienceWhere as SQL conditions on `followers f` (account and following included), for
 * planning inside PostgreSQL. Throws not_found when the segment is gone.
 */
export async function getAudienceSql({ accountId, audience }: { accountId: string; audience: Audience }): Promise<Prisma.Sql> {
  const rule = audience.type === "segment" ? (await getSegmentOrThrow({ accountId, segmentId: audience.segmentId })).rule : {};
  return Prisma.sql`f.account_id = ${accountId}::uuid AND ${buildSegmentSql(rule)}`;
}
