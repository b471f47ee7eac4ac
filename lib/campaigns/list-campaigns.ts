import "server-only";
import { prisma } from "@/lib/db";
import type { CampaignStatus } from "@/lib/campaigns/schemas";
import { campaignViewSelect, toCampaignView } from "@/lib/campaigns/to-campaign-view";

/** Newest first, keyset-paged by id (uuid v7 ids sort by creation time); optionally one status only. */
export async function listCampaigns({ accountId, cursor, limit, status }: { accountId: string; cursor?: string; limit: number; status?: CampaignStatus }) {
  const rows = await prisma.campaign.findMany({
    where: { accountId, ...(status ? { status } : {}), ...(cursor ? { id: { lt: cursor } } : {}) },
    select: campaignViewSelect,
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  const page = rows.slice(0, limit).map(toCampaignView);
  return { campaigns: page, nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null };
}
