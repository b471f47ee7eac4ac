import { recordClick } from "@/lib/inbox/record-click";
import { resolveClick } from "@/lib/inbox/resolve-click";
import { openTrackingToken } from "@/lib/inbox/tracking-token";

/**
 * A tracked link from a follower's inbox: records the delivery's first click, then sends the
 * browser on to the campaign's own URL at the position the signed token names. A token that was
 * altered, or names no such link, is a plain 404 that says nothing about why.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const ref = openTrackingToken((await params).token);
  const url = ref ? await resolveClick(ref) : null;
  if (!ref || !url) {
    return new Response("This link doesn't work. Open the message in your chat again and tap the link there.", {
      status: 404,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  }
  await recordClick({ deliveryId: ref.deliveryId });
  return new Response(null, {
    status: 303,
    // no-referrer: the inbox token must not leak to the campaign's site through the Referer header.
    headers: { location: url, "cache-control": "no-store", "referrer-policy": "no-referrer" },
  });
}
