import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { getDraftCampaignOrThrow } from "@/lib/campaigns/get-draft-campaign-or-throw";
import { toLocalDateTime } from "@/lib/dates/local-date-time";
import { parseCampaignId } from "@/lib/campaigns/parse-campaign-id";
import { isAppError } from "@/lib/errors";
import { Composer } from "../../composer";
import { getComposerPageData } from "../../composer-page-data";

export const metadata: Metadata = { title: "Edit campaign" };

async function findDraft(accountId: string, id: string) {
  try {
    return await getDraftCampaignOrThrow({ accountId, campaignId: parseCampaignId(id) });
  } catch (error) {
    // Another account's campaign, or no campaign at all: the same 404.
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}

export default async function EditCampaignPage({ params }: { params: Promise<{ handle: string; id: string }> }) {
  const { handle, id } = await params;
  const context = await getAccountContextOrNotFound({ handle });
  const { draft } = await findDraft(context.account.id, id);
  // Sent or scheduled campaigns can't be edited; their own page shows where they are.
  if (!draft) redirect(`/a/${context.account.handle}/campaigns/${id}`);
  const data = await getComposerPageData(context, draft.audience);
  const scheduledAt = draft.scheduledAt && draft.scheduledAt.getTime() > Date.now() ? toLocalDateTime(draft.scheduledAt, context.account.timezone) : "";
  return (
    <div className="max-w-6xl space-y-6">
      <h1 className="text-2xl font-bold">Edit draft: {draft.name}</h1>
      <Composer {...data} campaignId={draft.id} initial={{ name: draft.name, messages: draft.messages, audience: draft.audience, scheduledAt }} />
    </div>
  );
}
