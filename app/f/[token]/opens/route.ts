import { cookies } from "next/headers";
import { parseWith } from "@/lib/api/api-route";
import { AppError, errorResponse } from "@/lib/errors";
import { INBOX_COOKIE_NAME, addInboxToken, inboxCookieOptions } from "@/lib/inbox/inbox-cookie";
import { recordOpens, recordOpensSchema } from "@/lib/inbox/record-opens";
import { findFollowerInbox } from "@/lib/platform/get-follower-inbox";
import { getPublicOrigin } from "@/lib/platform/get-public-origin";
import { readBodyWithLimit } from "@/lib/platform/read-body-with-limit";

/**
 * The inbox's beacon: the messages that were on screen. Opens are counted here rather than on the
 * page's GET, which link-preview bots and prefetchers also make. The inbox token in the path is the
 * only credential, and it only reaches that follower's own deliveries. A page can't set cookies,
 * so this is also where a browser that opened a link remembers it for its chat list.
 */
export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    const { token } = await params;
    if (!(await findFollowerInbox({ token }))) throw new AppError("not_found", "This chat link doesn't work. Check that you copied the whole link.");
    const raw = new TextDecoder().decode(await readBodyWithLimit(request, 8 * 1024));
    let body: unknown;
    try {
      body = JSON.parse(raw || "{}");
    } catch {
      throw new AppError("bad_request", 'The body must be JSON like { "deliveryIds": ["123"] }.');
    }
    const { deliveryIds } = parseWith(recordOpensSchema, body);
    const opened = await recordOpens({ token, deliveryIds });
    const jar = await cookies();
    jar.set(INBOX_COOKIE_NAME, addInboxToken(jar.get(INBOX_COOKIE_NAME)?.value, token), inboxCookieOptions({ secure: getPublicOrigin(request.headers).startsWith("https:") }));
    return Response.json({ opened }, { headers: { "cache-control": "no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
