import "server-only";
import { prisma } from "@/lib/db";
import type { ApiFollowerInput } from "@/lib/followers/api-schemas";

/** Only the fields a caller may set; the names match the API's JSON keys. */
function toPayload({ externalId: _externalId, ...fields }: ApiFollowerInput) {
  return fields;
}

/**
 * Creates or updates followers by external id in one statement, so a request is applied whole or
 * not at all. A field the caller sent replaces the stored one; a field left out keeps what is
 * stored (an integration that only syncs tags must not wipe the platform's profile). New followers
 * start as following with source "api"; an existing follower's status is the platform's to
 * change, not the API's.
 */
export async function upsertFollowersFromApi({ accountId, followers }: { accountId: string; followers: ApiFollowerInput[] }) {
  // Keyed by external id (unique within a request, checked by the schema) so the conflict branch
  // can tell "sent as the default" from "not sent" with a jsonb key lookup, not a scan per row.
  const payload = JSON.stringify(Object.fromEntries(followers.map((f) => [f.externalId, toPayload(f)])));
  const rows = await prisma.$queryRaw<{ inserted: boolean }[]>`
    WITH p AS (SELECT ${payload}::jsonb AS doc),
    input AS (SELECT e.key AS external_id, e.value AS v FROM p CROSS JOIN LATERAL jsonb_each(p.doc) AS e)
    INSERT INTO followers AS f
      (account_id, external_id, display_name, gender, birth_year, area, language, os, tags, attributes, source, status, followed_at, updated_at)
    SELECT ${accountId}::uuid, i.external_id,
      COALESCE(i.v->>'displayName', ''),
      COALESCE((i.v->>'gender')::"Gender", 'unknown'),
      (i.v->>'birthYear')::smallint,
      i.v->>'area',
      i.v->>'language',
      COALESCE((i.v->>'os')::"DeviceOs", 'other'),
      ARRAY(SELECT jsonb_array_elements_text(COALESCE(i.v->'tags', '[]'::jsonb))),
      COALESCE(i.v->'attributes', '{}'::jsonb),
      'api', 'following', now(), now()
    FROM input i
    -- One lock order for every request, so two overlapping batches can't deadlock.
    ORDER BY i.external_id
    ON CONFLICT (account_id, external_id) DO UPDATE SET
      display_name = CASE WHEN ((SELECT doc FROM p) -> f.external_id -> 'displayName') IS NULL THEN f.display_name ELSE EXCLUDED.display_name END,
      gender       = CASE WHEN ((SELECT doc FROM p) -> f.external_id -> 'gender') IS NULL THEN f.gender ELSE EXCLUDED.gender END,
      birth_year   = CASE WHEN ((SELECT doc FROM p) -> f.external_id -> 'birthYear') IS NULL THEN f.birth_year ELSE EXCLUDED.birth_year END,
      area         = CASE WHEN ((SELECT doc FROM p) -> f.external_id -> 'area') IS NULL THEN f.area ELSE EXCLUDED.area END,
      language     = CASE WHEN ((SELECT doc FROM p) -> f.external_id -> 'language') IS NULL THEN f.language ELSE EXCLUDED.language END,
      os           = CASE WHEN ((SELECT doc FROM p) -> f.external_id -> 'os') IS NULL THEN f.os ELSE EXCLUDED.os END,
      tags         = CASE WHEN ((SELECT doc FROM p) -> f.external_id -> 'tags') IS NULL THEN f.tags ELSE EXCLUDED.tags END,
      attributes   = CASE WHEN ((SELECT doc FROM p) -> f.external_id -> 'attributes') IS NULL THEN f.attributes ELSE EXCLUDED.attributes END,
      updated_at   = now()
    -- xmax is 0 only on a row this statement inserted; an updated row carries our transaction id.
    RETURNING (xmax = 0) AS inserted`;
  const created = rows.filter((row) => row.inserted).length;
  return { created, updated: rows.length - created };
}
