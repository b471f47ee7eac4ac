import { assertSameOrigin } from "@/lib/auth/assert-same-origin";
import { requireRole } from "@/lib/auth/require-role";
import { AppError, errorResponse } from "@/lib/errors";
import { MAX_UPLOAD_BYTES, saveUploadedImage } from "@/lib/media/save-uploaded-image";

/**
 * The composer's image upload (multipart, field "file"). A route handler rather than a server
 * action: actions cap bodies at 1 MB unless the cap is raised for every action, and images may be 5 MB.
 */
export async function POST(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  try {
    assertSameOrigin(request);
    const { handle } = await params;
    const { account } = await requireRole({ handle: decodeURIComponent(handle), permission: "campaigns.compose" });
    // Refuse an oversized body before reading it; the multipart wrapping adds a little over the file itself.
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > MAX_UPLOAD_BYTES + 64 * 1024) {
      throw new AppError("payload_too_large", "The image is larger than 5 MB. Export it smaller and try again.");
    }
    const form = await request.formData().catch(() => {
      throw new AppError("bad_request", "Send the image as a form upload with the field “file”.");
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("bad_request", "Choose an image file to upload.");
    const saved = await saveUploadedImage({ accountId: account.id, data: new Uint8Array(await file.arrayBuffer()) });
    return Response.json(saved, { status: 201 });
  } catch (error) {
    return errorResponse(error);
  }
}
