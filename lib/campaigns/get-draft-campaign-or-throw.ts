import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { audienceSchema, bubblesSchema, type Audience, type Bubble } from "@/lib/campaigns/schemas";

export type DraftCampaign = { id: string; name: string; messages: Bubble[]; audience: Audience; scheduledAt: Date | null };

/**
 * A draft to edit in the composer. Another account's campaign is not_found; one of this account's
 * that is no longer a draft comes back with its status, so the page can send people to its report.
 */
export async function getDraftCampaignOrThrow({ accountId, campaignId }: { accountId: string; campaignId: string }) {
  const row = await prisma.campaign.findFirst({
    where: { id: campaignId, accountId },
    select: { id: true, name: true, status: true, messages: true, audience: true, scheduledAt: true },
  });
  if (!row) throw new AppError("not_found", "There is no such campaign in this account. Check the id.");
  if (row.status !== "draft") return { status: row.status, draft: null } as const;
  const draft: DraftCampaign = {
    id: row.id,
    name: row.name,
    // Drafts were validated on save; parsing again keeps the composer's types honest.
    messages: bubblesSchema.parse(row.messages),
    audience: audienceSchema.parse(row.audience),
    scheduledAt: row.scheduledAt,
  };
  return { status: "draft", draft } as const;
}
