import "server-only";
import { splitLinks } from "@/components/chat/split-links";
import type { HrefFor } from "@/components/chat/bubble-list";
import type { RenderedBubble } from "@/lib/delivery/render-bubbles";
import { linksOfBubble } from "@/lib/inbox/campaign-links";
import { createTrackingToken } from "@/lib/inbox/tracking-token";
import type { InboxMessage } from "@/lib/inbox/list-inbox";

function renderedLinks(bubble: RenderedBubble | undefined): string[] {
  if (!bubble) return [];
  if (bubble.type === "text") return splitLinks(bubble.text).flatMap((part) => (part.kind === "link" ? [part.url] : []));
  return linksOfBubble(bubble);
}

/**
 * Links in an inbox message go through `/r/<token>`, naming the link by its position among the
 * campaign's own links in that bubble. A link the follower sees that the campaign doesn't have at
 * that position (a display name that looks like a URL) stays as it is, untracked: the token only
 * ever points at the campaign's links.
 */
export function trackedHrefFor(message: Pick<InboxMessage, "deliveryId" | "bubbles" | "campaignBubbles">): HrefFor {
  const { deliveryId } = message;
  // A test send has no delivery: its links go straight to their URL, uncounted.
  if (deliveryId === null) return (_bubbleIndex, url) => url;
  return (bubbleIndex, url) => {
    const seen = renderedLinks(message.bubbles[bubbleIndex]);
    const campaign = message.campaignBubbles[bubbleIndex];
    const own = campaign ? linksOfBubble(campaign) : [];
    const linkIndex = seen.indexOf(url);
    if (linkIndex < 0 || seen.length !== own.length) return url;
    return `/r/${createTrackingToken({ deliveryId, bubbleIndex, linkIndex })}`;
  };
}
