import "server-only";
import { prisma } from "@/lib/db";
import { bubblesSchema } from "@/lib/campaigns/schemas";
import { DISPLAY_NAME_FALLBACK } from "@/lib/delivery/render-bubbles";
import { linksOfBubble } from "@/lib/inbox/campaign-links";
import type { LinkRef } from "@/lib/inbox/tracking-token";

/**
 * Where a tracked link goes: the link at that position in the delivery's campaign's own bubbles,
 * never a URL carried by the request, so `/r/` can't be turned into an open redirect. Null when
 * the delivery was never sent or the campaign has no such link.
 */
export async function resolveClick({ deliveryId, bubbleIndex, linkIndex }: LinkRef): Promise<string | null> {
  const [delivery] = await prisma.$queryRaw<{ status: string; display_name: string; messages: unknown }[]>`
    SELECT d.status::text AS status, f.display_name, c.messages
    FROM deliveries d JOIN followers f ON f.id = d.follower_id JOIN campaigns c ON c.id = d.campaign_id
    WHERE d.id = ${deliveryId}`;
  if (!delivery || delivery.status !== "sent") return null;
  const parsed = bubblesSchema.safeParse(delivery.messages);
  const bubble = parsed.success ? parsed.data[bubbleIndex] : undefined;
  const raw = bubble ? linksOfBubble(bubble)[linkIndex] : undefined;
  if (!raw) return null;
  // A `{displayName}` inside a campaign URL is filled as the follower saw it, but encoded: a name
  // can't add a path, query, fragment or userinfo to the campaign's URL.
  const name = encodeURIComponent(delivery.display_name.trim() || DISPLAY_NAME_FALLBACK);
  const filled = raw.replaceAll("{displayName}", name);
  try {
    const url = new URL(filled);
    return url.protocol === "https:" || url.protocol === "http:" ? url.toString() : null;
  } catch {
    return null;
  }
}
