import { apiRoute } from "@/lib/api/api-route";
import { getCampaignOrThrow } from "@/lib/campaigns/get-campaign";
import { parseCampaignId } from "@/lib/campaigns/parse-campaign-id";

export const GET = apiRoute<{ id: string }>(async (_request, { accountId, params }) => {
  return Response.json(await getCampaignOrThrow({ accountId, campaignId: parseCampaignId(params.id) }));
});
