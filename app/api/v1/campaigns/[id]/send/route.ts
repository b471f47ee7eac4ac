import { apiRoute } from "@/lib/api/api-route";
import { sendCampaign } from "@/lib/campaigns/send-campaign";
import { parseCampaignId } from "@/lib/campaigns/parse-campaign-id";

export const POST = apiRoute<{ id: string }>(async (_request, { accountId, params }) => {
  const result = await sendCampaign({ accountId, campaignId: parseCampaignId(params.id), actorId: null });
  return Response.json({ id: result.id, status: result.status });
});
