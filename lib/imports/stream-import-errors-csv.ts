import "server-only";
import { stringify } from "csv-stringify/sync";
import { prisma } from "@/lib/db";

const PAGE = 5_000;

/** Every skipped row of an import as `line,reason` CSV, read by keyset so a million errors stream in flat memory. */
export function streamImportErrorsCsv({ importId, accountId }: { importId: string; accountId: string }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode("line,reason\n"));
        return;
      }
      const page = await prisma.importError.findMany({
        where: { importId, import: { accountId }, line: { gt: after } },
        orderBy: { line: "asc" },
        take: PAGE,
        select: { line: true, reason: true },
      });
      if (page.length) {
        after = page[page.length - 1]!.line;
        controller.enqueue(encoder.encode(stringify(page.map((e) => [e.line, e.reason]), { escape_formulas: true })));
      }
      if (page.length < PAGE) controller.close();
    },
  });
}
