import { requireRole } from "@/lib/auth/require-role";
import { errorResponse } from "@/lib/errors";
import { getImportOrThrow } from "@/lib/imports/get-import";
import { toImportProgress } from "@/lib/imports/to-import-progress";

/** Polled by the progress bar about once a second while an import runs. */
export async function GET(_request: Request, { params }: { params: Promise<{ handle: string; importId: string }> }) {
  try {
    const { handle, importId } = await params;
    const { account } = await requireRole({ handle: decodeURIComponent(handle), permission: "followers.edit" });
    const found = await getImportOrThrow({ id: importId, accountId: account.id });
    return Response.json(toImportProgress(found), { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
