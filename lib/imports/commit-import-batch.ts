import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ImportRow } from "@/lib/imports/parse-import-row";

export type ImportRowError = { line: number; reason: string };

type CommitImportBatchInput = {
  importId: string;
  accountId: string;
  /** The import's `processed` this batch starts from; the commit is refused if it moved. */
  fromProcessed: number;
  toProcessed: number;
  /** Distinct external ids: two rows for one follower in a statement would apply in no defined order. */
  rows: ImportRow[];
  errors: ImportRowError[];
};

export class ImportSupersededError extends AppError {
  constructor() {
    super("conflict", "Another run of this import is further along; this one stops.");
  }
}

/**
 * One batch, whole or not at all: its followers, its row errors and the import's progress in one
 * transaction, so a run killed at any point resumes after the last committed line, and nothing is
 * counted or reported twice.
 *
 * New followers are inserted (`ON CONFLICT DO NOTHING`); existing ones are then updated by a
 * second statement, because `ON CONFLICT DO UPDATE` only sees the defaulted row (`excluded`) and
 * can't tell an empty cell ("keep what we know") from a value.
 */
export async function commitImportBatch({ importId, accountId, fromProcessed, toProcessed, rows, errors }: CommitImportBatchInput) {
  const externalIds: string[] = [];
  const displayNames: (string | null)[] = [];
  const genders: (string | null)[] = [];
  const birthYears: (number | null)[] = [];
  const areas: (string | null)[] = [];
  const languages: (string | null)[] = [];
  const oses: (string | null)[] = [];
  // Tags can't contain commas (tagSchema), so a comma-joined string carries a row's tags through unnest.
  const tags: string[] = [];
  for (const row of rows) {
    externalIds.push(row.externalId);
    displayNames.push(row.displayName);
    genders.push(row.gender);
    birthYears.push(row.birthYear);
    areas.push(row.area);
    languages.push(row.language);
    oses.push(row.os);
    tags.push(row.tags.join(","));
  }

  const lines = errors.map((error) => error.line);
  const reasons = errors.map((error) => error.reason);
  return prisma.$transaction(
    async (tx) => {
      // One statement for the common case (all new followers), so a batch costs one round trip
      // between BEGIN and COMMIT. The progress guard runs first (the other parts wait on its
      // InitPlan): a second runner of the same import blocks on the import's row lock, then finds
      // `processed` moved and writes nothing.
      const [result] = await tx.$queryRaw<{ claimed: boolean; created: number; inserted_ids: string[] | null }[]>`
        WITH progress AS (
          UPDATE imports SET processed = ${toProcessed}, imported = imported + ${rows.length}, failed = failed + ${errors.length}, updated_at = now()
          WHERE id = ${importId}::uuid AND account_id = ${accountId}::uuid AND status = 'running' AND processed = ${fromProcessed}
          RETURNING id
        ), src AS (
          SELECT s.* FROM unnest(${externalIds}::text[], ${displayNames}::text[], ${genders}::text[], ${birthYears}::int[], ${areas}::text[],
                                 ${languages}::text[], ${oses}::text[], ${tags}::text[])
            AS s(external_id, display_name, gender, birth_year, area, language, os, tags)
          WHERE EXISTS (SELECT 1 FROM progress)
        ), inserted AS (
          INSERT INTO followers (account_id, external_id, display_name, gender, birth_year, area, language, os, tags, status, source, followed_at, updated_at)
          SELECT ${accountId}::uuid, s.external_id, COALESCE(s.display_name, ''), COALESCE(s.gender, 'unknown')::"Gender", s.birth_year,
                 s.area, s.language, COALESCE(s.os, 'other')::"DeviceOs", COALESCE(string_to_array(NULLIF(s.tags, ''), ','), '{}'),
                 'following', 'import', now(), now()
          FROM src s
          ON CONFLICT (account_id, external_id) DO NOTHING
          RETURNING external_id
        ), row_errors AS (
          INSERT INTO import_errors (import_id, line, reason)
          SELECT ${importId}::uuid, e.line, e.reason FROM unnest(${lines}::int[], ${reasons}::text[]) AS e(line, reason)
          WHERE EXISTS (SELECT 1 FROM progress)
          ON CONFLICT DO NOTHING
        ), counted AS (SELECT count(*)::int AS created FROM inserted)
        SELECT EXISTS (SELECT 1 FROM progress) AS claimed, counted.created,
               CASE WHEN counted.created < ${rows.length} THEN ARRAY(SELECT external_id FROM inserted) END AS inserted_ids
        FROM counted`;
      if (!result?.claimed) throw new ImportSupersededError();

      if (result.created < rows.length) {
        const isNew = new Set(result.inserted_ids ?? []);
        const existing = rows.map((_, i) => i).filter((i) => !isNew.has(externalIds[i]!));
        const pick = <T,>(values: T[]) => existing.map((i) => values[i]!);
        // A statement of its own: its fresh snapshot also sees a follower a webhook created while the
        // insert ran. Status and followedAt stay: an import doesn't re-follow someone who blocked the account.
        await tx.$executeRaw`
          UPDATE followers f SET
            display_name = COALESCE(s.display_name, f.display_name),
            gender = COALESCE(s.gender::"Gender", f.gender),
            birth_year = COALESCE(s.birth_year, f.birth_year),
            area = COALESCE(s.area, f.area),
            language = COALESCE(s.language, f.language),
            os = COALESCE(s.os::"DeviceOs", f.os),
            tags = f.tags || ARRAY(SELECT t FROM unnest(string_to_array(NULLIF(s.tags, ''), ',')) AS t WHERE t <> ALL (f.tags)),
            updated_at = now()
          FROM unnest(${pick(externalIds)}::text[], ${pick(displayNames)}::text[], ${pick(genders)}::text[], ${pick(birthYears)}::int[],
                      ${pick(areas)}::text[], ${pick(languages)}::text[], ${pick(oses)}::text[], ${pick(tags)}::text[])
            AS s(external_id, display_name, gender, birth_year, area, language, os, tags)
          WHERE f.account_id = ${accountId}::uuid AND f.external_id = s.external_id`;
      }
      return { created: result.created, updated: rows.length - result.created };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
