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
  /** Distinct external ids: ON CONFLICT can't touch one row twice in a statement. */
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
 * New followers are inserted; existing ones are updated in a second statement because
 * `ON CONFLICT DO UPDATE` only sees the defaulted row (`excluded`) and can't tell an empty cell
 * ("keep what we know") from a value. Both run in READ COMMITTED, so a follower created by a
 * webhook between the two statements is skipped by the insert and still found by the update.
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

  return prisma.$transaction(
    async (tx) => {
      // First, so a second runner of the same import waits on this row lock, then finds `processed` moved.
      const progress = await tx.import.updateMany({
        where: { id: importId, accountId, status: "running", processed: fromProcessed },
        data: { processed: toProcessed, imported: { increment: rows.length }, failed: { increment: errors.length } },
      });
      if (progress.count !== 1) throw new ImportSupersededError();

      let created = 0;
      if (rows.length) {
        const inserted = await tx.$queryRaw<{ external_id: string }[]>`
          INSERT INTO followers (account_id, external_id, display_name, gender, birth_year, area, language, os, tags, status, source, followed_at, updated_at)
          SELECT ${accountId}::uuid, s.external_id, COALESCE(s.display_name, ''), COALESCE(s.gender, 'unknown')::"Gender", s.birth_year,
                 s.area, s.language, COALESCE(s.os, 'other')::"DeviceOs", COALESCE(string_to_array(NULLIF(s.tags, ''), ','), '{}'),
                 'following', 'import', now(), now()
          FROM unnest(${externalIds}::text[], ${displayNames}::text[], ${genders}::text[], ${birthYears}::int[], ${areas}::text[],
                      ${languages}::text[], ${oses}::text[], ${tags}::text[])
            AS s(external_id, display_name, gender, birth_year, area, language, os, tags)
          ON CONFLICT (account_id, external_id) DO NOTHING
          RETURNING external_id`;
        created = inserted.length;
        if (created < rows.length) {
          const isNew = new Set(inserted.map((row) => row.external_id));
          const existing = rows.map((_, i) => i).filter((i) => !isNew.has(externalIds[i]!));
          const pick = <T,>(values: T[]) => existing.map((i) => values[i]!);
          // Status and followedAt stay: an import doesn't re-follow someone who blocked the account.
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
      }
      if (errors.length) {
        await tx.importError.createMany({ data: errors.map(({ line, reason }) => ({ importId, line, reason })), skipDuplicates: true });
      }
      return { created, updated: rows.length - created };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
