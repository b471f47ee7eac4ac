import { requireRole } from "@/lib/auth/require-role";
import { getCampaignProgressOrThrow } from "@/lib/campaigns/get-campaign-progress";
import { parseCampaignId } from "@/lib/campaigns/parse-campaign-id";
import { errorResponse } from "@/lib/errors";

/** Polled by the campaign page's progress bar about once a second while the campaign is live. */
export async function GET(_request: Request, { params }: { params: Promise<{ handle: string; id: string }> }) {
  try {
    const { handle, id } = await params;
    const { account } = await requireRole({ handle: decodeURIComponent(handle), permission: "reports.view" });
    const progress = await getCampaignProgressOrThrow({ accountId: account.id, campaignId: parseCampaignId(id) });
    return Response.json(progress, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
