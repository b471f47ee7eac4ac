import { absoluteBubbleUrls } from "@/lib/delivery/absolute-bubble-urls";
import { nameForGreeting, renderBubbles } from "@/lib/delivery/render-bubbles";
import type { Bubble } from "@/lib/campaigns/schemas";

export type GatewayRecipient = { externalId: string; displayName: string };

// Stands in for the follower's name while the bubbles are rendered once; JSON.stringify writes it
// as `\u0000fc:name\u0000`, which no rendered bubble contains unless its text does (checked below).
const NAME_SLOT = "\u0000fc:name\u0000";
const ESCAPED_NAME_SLOT = JSON.stringify(NAME_SLOT).slice(1, -1);

const jsonStringContent = (value: string) => JSON.stringify(value).slice(1, -1);

/**
 * The body of one gateway request, exactly `JSON.stringify({ batchId, recipients: [externalId…],
 * messages: [{ to, bubbles }…] })` with each follower's bubbles rendered by `renderBubbles` and
 * uploaded images made absolute on `origin` — but built as text: the bubbles are rendered and
 * stringified once with a slot for the name, and each follower's JSON is the pieces joined by
 * their escaped name. Per recipient that is one string join instead of an object tree to render
 * and stringify, a million times over in a large send.
 */
export function gatewayBody({ batchId, recipients, bubbles, origin }: { batchId: string; recipients: GatewayRecipient[]; bubbles: Bubble[]; origin: string }): string {
  const bubblesFor = bubblesJsonFor(bubbles, origin);
  let messages = "";
  let to = "";
  for (let i = 0; i < recipients.length; i++) {
    const { externalId, displayName } = recipients[i]!;
    const id = JSON.stringify(externalId);
    const comma = i === 0 ? "" : ",";
    to += comma + id;
    messages += `${comma}{"to":${id},"bubbles":${bubblesFor(displayName)}}`;
  }
  return `{"batchId":${JSON.stringify(batchId)},"recipients":[${to}],"messages":[${messages}]}`;
}

function bubblesJsonFor(bubbles: Bubble[], origin: string): (displayName: string) => string {
  const render = (displayName: string) => JSON.stringify(absoluteBubbleUrls(renderBubbles(bubbles, { displayName }), origin));
  // A bubble that itself contains the slot's text (it never should) is rendered the slow way.
  if (JSON.stringify(bubbles).includes(ESCAPED_NAME_SLOT)) return render;
  const pieces = render(NAME_SLOT).split(ESCAPED_NAME_SLOT);
  if (pieces.length === 1) return () => pieces[0]!;
  // renderBubbles trims the name and falls back when it's blank; the slot needs neither, so do both here.
  return (displayName) => pieces.join(jsonStringContent(nameForGreeting(displayName)));
}
