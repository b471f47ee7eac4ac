import { z } from "zod";
import { apiRoute, parseJsonBody, parseWith } from "@/lib/api/api-route";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { createCampaignSchema } from "@/lib/campaigns/schemas";

export const listCampaignsQuerySchema = z.object({
  cursor: z.uuid("cursor must be the nextCursor of the previous page").optional(),
  limit: z.coerce.number().int().min(1, "limit must be 1–100").max(100, "limit must be 1–100").default(50),
});

// API tokens act with operator rights: compose and send.
export const POST = apiRoute(async (request, { accountId }) => {
  const input = await parseJsonBody(request, createCampaignSchema);
  const campaign = await createCampaign({ accountId, actorId: null, input });
  return Response.json(campaign, { status: 201 });
});

export const GET = apiRoute(async (request, { accountId }) => {
  const query = parseWith(listCampaignsQuerySchema, Object.fromEntries(new URL(request.url).searchParams));
  return Response.json(await listCampaigns({ accountId, ...query }));
});
