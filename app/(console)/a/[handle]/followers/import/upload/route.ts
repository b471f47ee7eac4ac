import { assertSameOrigin } from "@/lib/auth/assert-same-origin";
import { requireRole } from "@/lib/auth/require-role";
import { errorResponse } from "@/lib/errors";
import { createImport } from "@/lib/imports/create-import";
import { importFileNameSchema } from "@/lib/imports/schemas";

/**
 * The console's upload. A route handler rather than a server action: actions parse the whole body
 * into memory (and cap it at 1 MB unless raised for every action), while this streams the file into
 * ~1 MB stored chunks as it arrives, so a 60 MB upload costs the web process about 1 MB.
 */
export async function POST(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  try {
    assertSameOrigin(request);
    const { handle } = await params;
    const { account, user } = await requireRole({ handle: decodeURIComponent(handle), permission: "followers.edit" });
    const fileName = importFileNameSchema.parse(new URL(request.url).searchParams.get("fileName") ?? "");
    const { id } = await createImport({ accountId: account.id, createdById: user.id, fileName, body: request.body });
    return Response.json({ importId: id }, { status: 202 });
  } catch (error) {
    return errorResponse(error);
  }
}
