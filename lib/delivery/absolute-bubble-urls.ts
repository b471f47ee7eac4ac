import type { RenderedBubble } from "@/lib/delivery/render-bubbles";

const absolute = (url: string, origin: string) => (url.startsWith("/") ? new URL(url, origin).toString() : url);

/**
 * Bubbles store uploaded images as `/media/<id>.<ext>` on this app; a gateway outside it needs the
 * full address, so the http transport prefixes APP_URL's origin. Links are left alone: they are
 * always absolute already.
 */
export function absoluteBubbleUrls(bubbles: RenderedBubble[], origin: string): RenderedBubble[] {
  return bubbles.map((bubble) => {
    switch (bubble.type) {
      case "image":
        return { ...bubble, url: absolute(bubble.url, origin) };
      case "card":
        return { ...bubble, imageUrl: absolute(bubble.imageUrl, origin) };
      default:
        return bubble;
    }
  });
}
