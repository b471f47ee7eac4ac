import "server-only";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { CsvError, Parser } from "csv-parse";
import { prisma } from "@/lib/db";
import { commitImportBatch, ImportSupersededError, type ImportRowError } from "@/lib/imports/commit-import-batch";
import { parseImportHeader, parseImportRow, type ImportHeader, type ImportRow } from "@/lib/imports/parse-import-row";

type RunImportOptions = {
  /** Rows (good and bad) per transaction. */
  batchSize?: number;
  /** Called after each committed batch; a throw here stops the run as a crash would. */
  onBatchCommitted?: (progress: { processed: number }) => void;
};

export type RunImportResult = { outcome: "completed" | "failed" | "skipped" | "superseded"; processed: number };

/** Parsed pieces, in file order: the parser calls back synchronously while it reads a slice. */
type ParsedItem = { kind: "record"; fields: string[]; endLine: number } | { kind: "unreadable"; error: CsvError };

// Small slices keep the event loop free between them, so the previous batch's queries progress while we parse.
const SLICE_BYTES = 32 * 1024;

function unreadableReason(error: CsvError): string {
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return `a quoted value starting here is never closed, so everything up to line ${(error as unknown as { lines: number }).lines} was read as one value; check for a stray double quote`;
    case "CSV_INVALID_CLOSING_QUOTE":
      return "a quoted value is followed by more text; quote the whole value and double any quote inside it";
    default:
      return `the row can't be read as CSV (${error.message.replace(/ (at|on) line \d+/, "")})`;
  }
}

function countNewlines(fields: string[]): number {
  let count = 0;
  for (const field of fields) for (let at = field.indexOf("\n"); at !== -1; at = field.indexOf("\n", at + 1)) count++;
  return count;
}

/**
 * The `followers.import` job: reads the stored upload chunk by chunk through csv-parse, validates
 * each row, and commits batches (followers, row errors and progress together). Retrying after a
 * crash skips the rows at or before `processed`, so it neither loses nor doubles anything.
 * Bad rows become ImportErrors with their line; only an unreadable header fails the whole import.
 */
export async function runImport(
  { importId, accountId }: { importId: string; accountId: string },
  { batchSize = 5_000, onBatchCommitted }: RunImportOptions = {},
): Promise<RunImportResult> {
  const found = await prisma.import.findFirst({ where: { id: importId, accountId }, select: { status: true, processed: true, startedAt: true } });
  if (!found || found.status === "completed" || found.status === "failed") return { outcome: "skipped", processed: found?.processed ?? 0 };
  const claimed = await prisma.import.updateMany({
    where: { id: importId, accountId, status: { in: ["queued", "running"] } },
    data: { status: "running", startedAt: found.startedAt ?? new Date() },
  });
  if (claimed.count !== 1) return { outcome: "skipped", processed: found.processed };
  const resumeAfter = found.processed;

  const items: ParsedItem[] = [];
  const parser = new Parser({
    bom: true,
    skip_empty_lines: true,
    // Every problem becomes a row error with a line number, instead of stopping the parse.
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    on_record: (fields: string[], info) => {
      items.push({ kind: "record", fields, endLine: info.lines });
      return null;
    },
    on_skip: (error) => {
      if (error) items.push({ kind: "unreadable", error });
    },
  });
  let parserError: Error | undefined;
  parser.on("error", (error) => (parserError = error));
  const feed = (bytes?: Buffer) =>
    new Promise<void>((resolve, reject) => {
      const done = (error?: Error | null) => (error ? reject(error) : resolve());
      if (bytes) parser.write(bytes, done);
      else parser.end(done);
    });

  let header: ImportHeader | undefined;
  let headerFailure: string | undefined;
  let recordIndex = 0; // data rows seen, the header excluded; compared with `processed`
  let lastEndLine = 0;
  let batchStart = resumeAfter; // where the next batch begins: the last handed to a commit
  let rows: ImportRow[] = [];
  let batchIds = new Set<string>();
  let errors: ImportRowError[] = [];
  let inFlight: Promise<void> = Promise.resolve();
  let commitFailure: unknown;

  // One commit runs while the next batch is parsed; commits still happen strictly in file order.
  const commit = async (upTo: number) => {
    await inFlight;
    if (commitFailure) throw commitFailure;
    const batch = { fromProcessed: batchStart, toProcessed: upTo, rows, errors };
    batchStart = upTo;
    rows = [];
    errors = [];
    batchIds = new Set();
    inFlight = commitImportBatch({ importId, accountId, ...batch }).then(
      () => onBatchCommitted?.({ processed: batch.toProcessed }),
    ).catch((error: unknown) => {
      commitFailure = error;
    });
  };

  const handle = async (item: ParsedItem) => {
    // A quoted value may span lines: a row starts where its newlines say, an unreadable one right after the last row.
    const startLine = item.kind === "record" ? item.endLine - countNewlines(item.fields) : lastEndLine + 1;
    if (item.kind === "record") lastEndLine = item.endLine;
    if (!header) {
      if (item.kind === "unreadable") headerFailure = `The header line can't be read as CSV: ${unreadableReason(item.error)}.`;
      else {
        const parsed = parseImportHeader(item.fields);
        if (parsed.ok) header = parsed.value;
        else headerFailure = parsed.reason;
      }
      return;
    }
    recordIndex++;
    if (recordIndex <= resumeAfter) return;
    if (item.kind === "unreadable") {
      errors.push({ line: startLine, reason: unreadableReason(item.error) });
    } else {
      const parsed = parseImportRow(item.fields, header);
      if (!parsed.ok) errors.push({ line: startLine, reason: parsed.reason });
      else {
        // The same follower twice in one batch: commit up to here so the later row updates the earlier one.
        if (batchIds.has(parsed.value.externalId)) await commit(recordIndex - 1);
        rows.push(parsed.value);
        batchIds.add(parsed.value.externalId);
      }
    }
    if (rows.length + errors.length >= batchSize) await commit(recordIndex);
  };

  const drain = async () => {
    for (const item of items.splice(0)) {
      await handle(item);
      if (headerFailure) return;
    }
  };

  // The next chunk loads while this one is parsed.
  let next: Promise<{ data: Uint8Array } | null> | undefined;
  try {
    const chunkCount = await prisma.importChunk.count({ where: { importId } });
    const load = (seq: number) => prisma.importChunk.findUnique({ where: { importId_seq: { importId, seq } }, select: { data: true } });
    next = chunkCount > 0 ? load(0) : undefined;
    for (let seq = 0; seq < chunkCount && !headerFailure; seq++) {
      const chunk = await next!;
      next = seq + 1 < chunkCount ? load(seq + 1) : undefined;
      if (!chunk) throw new Error(`Import ${importId} is missing chunk ${seq}`);
      const data = Buffer.from(chunk.data.buffer, chunk.data.byteOffset, chunk.data.byteLength);
      for (let offset = 0; offset < data.length && !headerFailure; offset += SLICE_BYTES) {
        await feed(data.subarray(offset, offset + SLICE_BYTES));
        await drain();
        await yieldToEventLoop();
      }
    }
    if (!headerFailure) {
      await feed();
      await drain();
    }
    if (parserError) throw parserError;
    if (!header && !headerFailure) headerFailure = "The file is empty. The first line must be the header external_id,display_name,gender,birth_year,area,language,os,tags.";
    if (headerFailure) {
      await inFlight;
      await prisma.import.updateMany({
        where: { id: importId, accountId, status: "running" },
        data: { status: "failed", error: headerFailure, finishedAt: new Date() },
      });
      return { outcome: "failed", processed: resumeAfter };
    }
    await commit(recordIndex);
    await inFlight;
    if (commitFailure) throw commitFailure;
    await prisma.import.updateMany({
      where: { id: importId, accountId, status: "running", processed: recordIndex },
      data: { status: "completed", finishedAt: new Date() },
    });
    return { outcome: "completed", processed: recordIndex };
  } catch (error) {
    await inFlight;
    if (error instanceof ImportSupersededError || commitFailure instanceof ImportSupersededError) {
      return { outcome: "superseded", processed: resumeAfter };
    }
    throw error;
  } finally {
    // A prefetch left behind by an early stop must not become an unhandled rejection.
    next?.catch(() => undefined);
    parser.destroy();
  }
}
