import { apiRoute, parseJsonBody, parseWith } from "@/lib/api/api-route";
import { listFollowersQuerySchema, upsertFollowersBodySchema } from "@/lib/followers/api-schemas";
import { listFollowersByCursor } from "@/lib/followers/list-followers-by-cursor";
import { upsertFollowersFromApi } from "@/lib/followers/upsert-followers-from-api";

/** `GET /api/v1/followers?cursor=&limit=` → `{ data, nextCursor }`, by id ascending. */
export const GET = apiRoute(async (request, { accountId }) => {
  const params = new URL(request.url).searchParams;
  const query = parseWith(listFollowersQuerySchema, { cursor: params.get("cursor"), limit: params.get("limit") });
  const { followers, nextCursor } = await listFollowersByCursor({ accountId, ...query });
  return Response.json({
    // Ids are bigints; JSON numbers lose precision past 2^53, so they travel as strings.
    data: followers.map((f) => ({ ...f, id: f.id.toString(), followedAt: f.followedAt.toISOString() })),
    nextCursor: nextCursor?.toString() ?? null,
  });
});

/** `POST /api/v1/followers` with `{ followers: [...] }` (up to 1,000) → `{ created, updated }`. */
export const POST = apiRoute(async (request, { accountId }) => {
  const { followers } = await parseJsonBody(request, upsertFollowersBodySchema);
  return Response.json(await upsertFollowersFromApi({ accountId, followers }));
});
