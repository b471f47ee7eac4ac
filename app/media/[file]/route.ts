import { errorResponse } from "@/lib/errors";
import { readMediaFile } from "@/lib/media/read-media-file";

/**
 * Serves uploaded campaign images. A route rather than public/: `next start` only serves files that
 * were in public/ at build time, and uploads arrive afterwards. Ids are never reused, so the answer
 * can be cached for good.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  try {
    const { file } = await params;
    const { data, mimeType } = await readMediaFile({ urlPath: `/media/${file}` });
    return new Response(new Uint8Array(data), {
      headers: {
        "content-type": mimeType,
        "cache-control": "public, max-age=31536000, immutable",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
