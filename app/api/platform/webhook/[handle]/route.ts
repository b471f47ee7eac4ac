import { errorResponse } from "@/lib/errors";
import { handlePlatformWebhook } from "@/lib/platform/handle-platform-webhook";

export const dynamic = "force-dynamic";

/** Inbound platform events for one account; authenticated by the body's signature, not a session. */
export async function POST(request: Request, { params }: { params: Promise<{ handle: string }> }) {
  try {
    const { handle } = await params;
    const result = await handlePlatformWebhook({ handle, request });
    return Response.json({ ok: true, ...result }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
