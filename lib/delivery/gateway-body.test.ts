import { describe, expect, it } from "vitest";
import { bubblesSchema } from "@/lib/campaigns/schemas";
import { absoluteBubbleUrls } from "@/lib/delivery/absolute-bubble-urls";
import { gatewayBody, type GatewayRecipient } from "@/lib/delivery/gateway-body";
import { renderBubbles } from "@/lib/delivery/render-bubbles";

const origin = "https://friendcast.example";

/** What the body must be: the plain object tree, rendered per follower and stringified. */
const expected = (batchId: string, recipients: GatewayRecipient[], bubbles: ReturnType<typeof bubblesSchema.parse>) =>
  JSON.stringify({
    batchId,
    recipients: recipients.map((r) => r.externalId),
    messages: recipients.map((r) => ({ to: r.externalId, bubbles: absoluteBubbleUrls(renderBubbles(bubbles, { displayName: r.displayName }), origin) })),
  });

const awkwardNames: GatewayRecipient[] = [
  { externalId: "U1", displayName: "Mika" },
  { externalId: "U2", displayName: 'Ken "the boss" \\o/' },
  { externalId: "U3", displayName: "  " },
  { externalId: "U4", displayName: "" },
  { externalId: "U5", displayName: "  spaced\tname\n" },
  { externalId: "U6", displayName: "絵文字🎉 and \u2028 line sep" },
  { externalId: "U7", displayName: "{displayName}" },
  { externalId: 'U"8\\', displayName: "\u0000fc:name\u0000" },
  { externalId: "U9", displayName: "</script><b>&amp;" },
];

describe("gatewayBody", () => {
  it("is byte for byte the stringified per-follower rendering, for every kind of bubble and awkward names", () => {
    const bubbles = bubblesSchema.parse([
      { type: "text", text: 'Hi {displayName}! "{displayName}", see you \\ soon.' },
      { type: "image", url: "/media/0190a1b2-0000-7000-8000-000000000001.png" },
      { type: "card", imageUrl: "https://cdn.example/a.png", title: "For {displayName}", text: "10% off, {displayName}", button: { label: "{displayName}", url: "https://example.com/?q={displayName}" } },
    ]);
    const body = gatewayBody({ batchId: "campaign.deliver-x-1-0", recipients: awkwardNames, bubbles, origin });
    expect(body).toBe(expected("campaign.deliver-x-1-0", awkwardNames, bubbles));
    expect(JSON.parse(body).messages[2].bubbles[0].text).toBe('Hi friend! "friend", see you \\ soon.');
    expect(JSON.parse(body).messages[1].bubbles[1].url).toBe(`${origin}/media/0190a1b2-0000-7000-8000-000000000001.png`);
  });

  it("matches when nothing is personalised, when a bubble contains the name slot's own text, and for no recipients", () => {
    const plain = bubblesSchema.parse([{ type: "text", text: "Store closed on Monday." }]);
    expect(gatewayBody({ batchId: "b", recipients: awkwardNames, bubbles: plain, origin })).toBe(expected("b", awkwardNames, plain));
    const sneaky = bubblesSchema.parse([{ type: "text", text: "Hi {displayName} \u0000fc:name\u0000" }]);
    expect(gatewayBody({ batchId: "b", recipients: awkwardNames, bubbles: sneaky, origin })).toBe(expected("b", awkwardNames, sneaky));
    expect(gatewayBody({ batchId: "b", recipients: [], bubbles: plain, origin })).toBe(expected("b", [], plain));
  });
});
