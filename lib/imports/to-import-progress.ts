import type { ImportSummary } from "@/lib/imports/get-import";

/** The progress fields the console's poller and the public API both report, read the same way. */
export function toImportProgress(found: Pick<ImportSummary, "status" | "processed" | "estimatedRows" | "imported" | "failed" | "error">) {
  return {
    status: found.status,
    processed: found.processed,
    estimatedRows: found.estimatedRows,
    imported: found.imported,
    failed: found.failed,
    error: found.error,
  };
}
