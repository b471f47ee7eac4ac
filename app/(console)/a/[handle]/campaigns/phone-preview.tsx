"use client";
import { BubbleList } from "@/components/chat/bubble-list";
import type { Bubble } from "@/lib/campaigns/schemas";
import { renderBubbles } from "@/lib/delivery/render-bubbles";

/** A bubble shows in the preview once it has what the phone needs to draw it. */
function isDrawable(bubble: Bubble): boolean {
  switch (bubble.type) {
    case "text":
      return bubble.text.trim() !== "";
    case "image":
      return bubble.url !== "";
    case "card":
      return bubble.imageUrl !== "";
  }
}

/**
 * The follower's phone, drawn by the same BubbleList the inbox uses and filled in by the same
 * renderBubbles the delivery uses, so what shows here is what arrives.
 */
export function PhonePreview({ accountName, bubbles, sampleName }: { accountName: string; bubbles: Bubble[]; sampleName: string }) {
  const drawable = bubbles.filter(isDrawable);
  return (
    <figure className="sticky top-6 w-[320px] shrink-0" aria-label="Phone preview">
      <div className="rounded-[2.5rem] border-8 border-slate-800 bg-slate-800 shadow-xl">
        <div className="flex items-center gap-2 rounded-t-[2rem] bg-white px-4 pb-2 pt-4 text-sm font-semibold text-slate-800">
          <span aria-hidden="true">‹</span> {accountName}
        </div>
        <div data-testid="phone-preview" className="h-[520px] overflow-y-auto rounded-b-[2rem] bg-[#8cabd8] p-3">
          {drawable.length > 0 ? (
            <BubbleList bubbles={renderBubbles(drawable, { displayName: sampleName })} avatar={accountName.slice(0, 1).toUpperCase()} />
          ) : (
            <p className="mt-24 text-center text-sm text-white">Your message bubbles appear here as you write them.</p>
          )}
        </div>
      </div>
      <figcaption className="mt-2 text-center text-xs text-slate-500">
        As <span className="font-medium">{sampleName}</span> will see it
      </figcaption>
    </figure>
  );
}
