import "server-only";
import { stringify } from "csv-stringify/sync";
import { prisma } from "@/lib/db";
import { buildFollowerWhere } from "@/lib/followers/build-follower-where";
import type { FollowerFilter } from "@/lib/followers/schemas";
import { importColumns, TAG_SEPARATOR } from "@/lib/imports/schemas";

export const exportColumns = [...importColumns, "status", "followed_at"] as const;

const PAGE = 5_000;

/**
 * The filtered followers as CSV, in the import's columns plus status and followed_at, so an export
 * can be edited and imported back. Pages by id (keyset), one page per pull: memory stays flat at a
 * million followers, and a slow download slows the reads instead of buffering them. Cells that a
 * spreadsheet would run as formulas get a leading single quote (the import takes it off again).
 */
export function streamFollowersCsv({ accountId, filter, now = new Date() }: { accountId: string; filter: Partial<FollowerFilter>; now?: Date }): ReadableStream<Uint8Array> {
  const where = buildFollowerWhere(accountId, filter, now);
  const encoder = new TextEncoder();
  let after: bigint | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        // The BOM makes Excel read the file as UTF-8 (names in Japanese, Korean, Chinese).
        controller.enqueue(encoder.encode(`\uFEFF${exportColumns.join(",")}\n`));
        return;
      }
      const page = await prisma.follower.findMany({
        where: after === undefined ? where : { AND: [where, { id: { gt: after } }] },
        orderBy: { id: "asc" },
        take: PAGE,
        select: { id: true, externalId: true, displayName: true, gender: true, birthYear: true, area: true, language: true, os: true, tags: true, status: true, followedAt: true },
      });
      if (page.length) {
        after = page[page.length - 1]!.id;
        const records = page.map((f) => [
          f.externalId,
          f.displayName,
          f.gender,
          f.birthYear ?? "",
          f.area ?? "",
          f.language ?? "",
          f.os,
          f.tags.join(TAG_SEPARATOR),
          f.status,
          f.followedAt.toISOString(),
        ]);
        controller.enqueue(encoder.encode(stringify(records, { escape_formulas: true })));
      }
      if (page.length < PAGE) controller.close();
    },
  });
}
