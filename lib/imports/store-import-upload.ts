import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { IMPORT_CHUNK_BYTES, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from "@/lib/imports/schemas";

type StoreImportUploadInput = {
  accountId: string;
  createdById: string | null;
  fileName: string;
  body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | null;
};

const NEWLINE = 0x0a;

async function* piecesOf(body: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  if (Symbol.asyncIterator in body) {
    yield* body;
    return;
  }
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function countNewlines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(NEWLINE); at !== -1; at = bytes.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/**
 * Streams an uploaded CSV into ~1 MB ImportChunk rows as it arrives, so the web process never
 * holds the whole file, and any worker on any machine can read it back. One transaction: a
 * broken or oversized upload leaves no import behind.
 */
export async function storeImportUpload({ accountId, createdById, fileName, body }: StoreImportUploadInput): Promise<{ id: string }> {
  if (!body) throw new AppError("bad_request", "Send the CSV file as the request body.");
  return prisma.$transaction(
    async (tx) => {
      const { id } = await tx.import.create({ data: { accountId, createdById, fileName }, select: { id: true } });
      let pending: Uint8Array[] = [];
      let pendingBytes = 0;
      let totalBytes = 0;
      let newlines = 0;
      let lastByte = NEWLINE;
      let seq = 0;
      const flush = async () => {
        if (!pendingBytes) return;
        const data = Buffer.concat(pending, pendingBytes);
        pending = [];
        pendingBytes = 0;
        await tx.importChunk.create({ data: { importId: id, seq: seq++, data }, select: { seq: true } });
      };
      for await (const piece of piecesOf(body)) {
        if (!piece.length) continue;
        totalBytes += piece.length;
        if (totalBytes > MAX_IMPORT_BYTES) {
          throw new AppError(
            "payload_too_large",
            `The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into files of at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} rows.`,
          );
        }
        newlines += countNewlines(piece);
        lastByte = piece[piece.length - 1]!;
        pending.push(piece);
        pendingBytes += piece.length;
        if (pendingBytes >= IMPORT_CHUNK_BYTES) await flush();
      }
      await flush();
      if (!totalBytes) throw new AppError("bad_request", "The file is empty. Choose a CSV file with a header line and at least one row.");
      // Lines = newlines, plus a last line without one; minus the header.
      const estimatedRows = Math.max(0, newlines + (lastByte === NEWLINE ? 0 : 1) - 1);
      if (estimatedRows > MAX_IMPORT_ROWS) {
        throw new AppError(
          "payload_too_large",
          `The file has about ${estimatedRows.toLocaleString("en-US")} rows; import at most ${MAX_IMPORT_ROWS.toLocaleString("en-US")} at a time. Split it and upload the parts one by one.`,
        );
      }
      await tx.import.update({ where: { id }, data: { estimatedRows }, select: { id: true } });
      return { id };
    },
    // Holds one connection for as long as the upload takes: a 60 MB file on a slow line needs minutes.
    { timeout: 15 * 60_000, maxWait: 10_000 },
  );
}
