import type { Bubble } from "@/lib/campaigns/schemas";

export type RenderedBubble = Bubble;

/** Shown for `{displayName}` when the platform shared no name, so a greeting never reads "Hi !". */
export const DISPLAY_NAME_FALLBACK = "friend";

/** The name `{displayName}` becomes: the follower's, trimmed, or the fallback when there is none. */
export const nameForGreeting = (displayName: string) => displayName.trim() || DISPLAY_NAME_FALLBACK;

const fill = (text: string, displayName: string) => (text.includes("{displayName}") ? text.replaceAll("{displayName}", displayName) : text);

/** The campaign's bubbles as this follower sees them: `{displayName}` filled in, nothing else changed. */
export function renderBubbles(bubbles: Bubble[], { displayName }: { displayName: string }): RenderedBubble[] {
  const name = nameForGreeting(displayName);
  return bubbles.map((bubble) => {
    switch (bubble.type) {
      case "text":
        return { ...bubble, text: fill(bubble.text, name) };
      case "card":
        return { ...bubble, title: fill(bubble.title, name), text: fill(bubble.text, name) };
      default:
        return bubble;
    }
  });
}
