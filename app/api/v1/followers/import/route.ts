import { apiRoute } from "@/lib/api/api-route";
import { AppError } from "@/lib/errors";
import { createImport } from "@/lib/imports/create-import";
import { importFileNameSchema } from "@/lib/imports/schemas";

/**
 * `POST /api/v1/followers/import` with the CSV as a `text/csv` body (`?fileName=` optional):
 * 202 `{ importId }`; follow it at `GET /api/v1/imports/<importId>`.
 */
export const POST = apiRoute(async (request, { accountId }) => {
  const contentType = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (contentType !== "text/csv") {
    throw new AppError("bad_request", "Send the CSV file itself as the body, with `Content-Type: text/csv`.");
  }
  const fileName = importFileNameSchema.parse(new URL(request.url).searchParams.get("fileName") ?? "");
  const { id } = await createImport({ accountId, createdById: null, fileName, body: request.body });
  return Response.json({ importId: id }, { status: 202 });
});
