import { apiRoute } from "@/lib/api/api-route";
import { pauseCampaign } from "@/lib/campaigns/pause-campaign";
import { parseCampaignId } from "@/lib/campaigns/parse-campaign-id";

export const POST = apiRoute<{ id: string }>(async (_request, { accountId, params }) => {
  const result = await pauseCampaign({ accountId, campaignId: parseCampaignId(params.id), actorId: null });
  return Response.json({ id: result.id, status: result.status });
});
