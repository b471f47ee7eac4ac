import "server-only";
import { prisma } from "@/lib/db";

export type FailureReason = { reason: string; count: number };

/** What a failed delivery without a recorded error is listed as. */
export const UNKNOWN_FAILURE_REASON = "No reason recorded";

/**
 * A campaign's failed deliveries counted by reason, most frequent first. The one place the console
 * reads deliveries, so their storage can change underneath; the partial index on
 * (campaign_id, error) WHERE status = 'failed' keeps it off the sent rows. Scoped to the account:
 * another tenant's campaign id yields nothing.
 */
export async function getFailureReasons({ accountId, campaignId, limit = 20 }: { accountId: string; campaignId: string; limit?: number }): Promise<FailureReason[]> {
  const rows = await prisma.$queryRaw<{ reason: string | null; count: bigint }[]>`
    SELECT d.error AS reason, count(*) AS count
    FROM deliveries d
    WHERE d.campaign_id = ${campaignId}::uuid AND d.status = 'failed'
      AND EXISTS (SELECT 1 FROM campaigns c WHERE c.id = ${campaignId}::uuid AND c.account_id = ${accountId}::uuid)
    GROUP BY d.error
    ORDER BY count(*) DESC, d.error ASC NULLS LAST
    LIMIT ${limit}`;
  return rows.map((row) => ({ reason: row.reason?.trim() || UNKNOWN_FAILURE_REASON, count: Number(row.count) }));
}
