import { requireRole } from "@/lib/auth/require-role";
import { errorResponse } from "@/lib/errors";
import { getImportOrThrow } from "@/lib/imports/get-import";
import { streamImportErrorsCsv } from "@/lib/imports/stream-import-errors-csv";

/** Every skipped row of an import, as `line,reason` CSV, to fix the file and upload those rows again. */
export async function GET(_request: Request, { params }: { params: Promise<{ handle: string; importId: string }> }) {
  try {
    const { handle, importId } = await params;
    const { account } = await requireRole({ handle: decodeURIComponent(handle), permission: "followers.edit" });
    const found = await getImportOrThrow({ id: importId, accountId: account.id });
    const baseName = found.fileName.replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_") || "import";
    return new Response(streamImportErrorsCsv({ importId: found.id, accountId: account.id }), {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${baseName}-errors.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
