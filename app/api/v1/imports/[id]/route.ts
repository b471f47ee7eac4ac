import { apiRoute } from "@/lib/api/api-route";
import { getImportOrThrow } from "@/lib/imports/get-import";
import { listImportErrors } from "@/lib/imports/list-import-errors";
import { toImportProgress } from "@/lib/imports/to-import-progress";
import { API_ERROR_LIMIT } from "@/lib/imports/schemas";

/**
 * `GET /api/v1/imports/<id>`: status, counts and the first skipped rows. Another account's
 * import is a 404 like a missing one.
 */
export const GET = apiRoute<{ id: string }>(async (_request, { accountId, params }) => {
  const found = await getImportOrThrow({ id: params.id, accountId });
  const errors = await listImportErrors({ importId: found.id, accountId, take: API_ERROR_LIMIT });
  return Response.json({
    id: found.id,
    fileName: found.fileName,
    ...toImportProgress(found),
    errors,
    errorsTruncated: found.failed > errors.length,
    ...(found.failed > errors.length
      ? { errorsNote: `Only the first ${API_ERROR_LIMIT} of ${found.failed} skipped rows are listed; download all of them from the import's page in the console.` }
      : {}),
  });
});
