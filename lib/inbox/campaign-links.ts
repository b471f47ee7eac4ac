import { splitLinks } from "@/components/chat/split-links";
import type { Bubble } from "@/lib/campaigns/schemas";

/**
 * The links a bubble offers, in the order a follower sees them: a text bubble's linkified URLs
 * (the same split the chat bubble uses), a card's one button. A link is named by its bubble and
 * its position here, so a click can be resolved against the campaign's own bubbles later.
 */
export function linksOfBubble(bubble: Bubble): string[] {
  switch (bubble.type) {
    case "text":
      return splitLinks(bubble.text).flatMap((part) => (part.kind === "link" ? [part.url] : []));
    case "card":
      return [bubble.button.url];
    case "image":
      return [];
  }
}
