import { apiRoute } from "@/lib/api/api-route";
import { resumeCampaign } from "@/lib/campaigns/resume-campaign";
import { parseCampaignId } from "@/lib/campaigns/parse-campaign-id";

export const POST = apiRoute<{ id: string }>(async (_request, { accountId, params }) => {
  const result = await resumeCampaign({ accountId, campaignId: parseCampaignId(params.id), actorId: null });
  return Response.json({ id: result.id, status: result.status });
});
