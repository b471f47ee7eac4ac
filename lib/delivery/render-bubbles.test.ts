import { describe, expect, it } from "vitest";
import { renderBubbles } from "@/lib/delivery/render-bubbles";
import { bubblesSchema } from "@/lib/campaigns/schemas";

describe("renderBubbles", () => {
  it("fills {displayName} in text and card bubbles, falls back for an empty name, leaves images alone", () => {
    const bubbles = bubblesSchema.parse([
      { type: "text", text: "Hi {displayName}! {displayName}, see you." },
      { type: "image", url: "https://example.com/{displayName}.png" },
      { type: "card", imageUrl: "https://example.com/a.png", title: "For {displayName}", text: "10% off", button: { label: "Open", url: "https://example.com" } },
    ]);
    expect(renderBubbles(bubbles, { displayName: "Mika" })).toEqual([
      { type: "text", text: "Hi Mika! Mika, see you." },
      { type: "image", url: "https://example.com/{displayName}.png" },
      { type: "card", imageUrl: "https://example.com/a.png", title: "For Mika", text: "10% off", button: { label: "Open", url: "https://example.com" } },
    ]);
    expect(renderBubbles(bubbles, { displayName: "  " })[0]).toEqual({ type: "text", text: "Hi friend! friend, see you." });
  });

  it("the schema refuses 6 bubbles and text over 2,000 characters with messages that say so", () => {
    const six = bubblesSchema.safeParse(Array(6).fill({ type: "text", text: "x" }));
    expect(six.error?.issues[0]?.message).toBe("a campaign holds at most 5 message bubbles");
    const long = bubblesSchema.safeParse([{ type: "text", text: "x".repeat(2_001) }]);
    expect(long.error?.issues[0]?.message).toBe("text must be at most 2,000 characters");
  });
});
