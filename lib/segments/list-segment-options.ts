import "server-only";
import { prisma } from "@/lib/db";

const OPTION_LIMIT = 200;

export type SegmentOptions = { areas: string[]; languages: string[]; tags: string[] };

/**
 * Values the account's followers already have, offered as suggestions in the builder; free text
 * stays possible, so the cap only trims the suggestions.
 */
export async function listSegmentOptions({ accountId }: { accountId: string }): Promise<SegmentOptions> {
  const [areas, languages, tags] = await Promise.all([
    prisma.$queryRaw<{ value: string }[]>`
      SELECT DISTINCT area AS value FROM followers
      WHERE account_id = ${accountId}::uuid AND area IS NOT NULL AND area <> ''
      ORDER BY 1 LIMIT ${OPTION_LIMIT}`,
    prisma.$queryRaw<{ value: string }[]>`
      SELECT DISTINCT language AS value FROM followers
      WHERE account_id = ${accountId}::uuid AND language IS NOT NULL AND language <> ''
      ORDER BY 1 LIMIT ${OPTION_LIMIT}`,
    prisma.$queryRaw<{ value: string }[]>`
      SELECT DISTINCT t.tag AS value FROM followers f CROSS JOIN LATERAL unnest(f.tags) AS t(tag)
      WHERE f.account_id = ${accountId}::uuid
      ORDER BY 1 LIMIT ${OPTION_LIMIT}`,
  ]);
  const values = (rows: { value: string }[]) => rows.map((row) => row.value);
  return { areas: values(areas), languages: values(languages), tags: values(tags) };
}
