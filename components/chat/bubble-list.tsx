import type { RenderedBubble } from "@/lib/delivery/render-bubbles";
import { splitLinks } from "@/components/chat/split-links";

/**
 * Where a link in bubble `index` points. The inbox passes one that goes through `/r/<token>` so
 * the click is recorded; the composer preview leaves links as they are.
 */
export type HrefFor = (index: number, url: string) => string;

const sameUrl: HrefFor = (_index, url) => url;

/**
 * A campaign's bubbles as the follower's phone shows them. Shared by the follower inbox and the
 * composer's phone preview so the preview is exactly what arrives. Text is rendered by React as
 * text (never as HTML), so markup in a campaign shows up literally.
 */
export function BubbleList({ bubbles, hrefFor = sameUrl, avatar }: { bubbles: RenderedBubble[]; hrefFor?: HrefFor; avatar?: string }) {
  return (
    <ol className="flex flex-col gap-2">
      {bubbles.map((bubble, index) => (
        <li key={index} className="flex items-end gap-2">
          {avatar !== undefined ? (
            <span aria-hidden="true" className={index === 0 ? "flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-500 text-sm font-bold text-white" : "size-8 shrink-0"}>
              {index === 0 ? avatar : null}
            </span>
          ) : null}
          <Bubble bubble={bubble} href={(url) => hrefFor(index, url)} />
        </li>
      ))}
    </ol>
  );
}

function Bubble({ bubble, href }: { bubble: RenderedBubble; href: (url: string) => string }) {
  switch (bubble.type) {
    case "text":
      return (
        <p data-bubble="text" className="max-w-[80%] whitespace-pre-wrap break-words rounded-2xl rounded-bl-sm bg-white px-3 py-2 text-sm text-slate-900 shadow-sm">
          {splitLinks(bubble.text).map((part, i) =>
            part.kind === "link" ? (
              <a key={i} href={href(part.url)} rel="noopener noreferrer" target="_blank" className="text-sky-700 underline">
                {part.url}
              </a>
            ) : (
              part.text
            ),
          )}
        </p>
      );
    case "image":
      return (
        // eslint-disable-next-line @next/next/no-img-element -- uploaded and remote images alike, sized by the bubble
        <img data-bubble="image" src={bubble.url} alt="" loading="lazy" className="max-h-80 max-w-[80%] rounded-2xl object-cover shadow-sm" />
      );
    case "card":
      return (
        <div data-bubble="card" className="w-64 max-w-[80%] overflow-hidden rounded-2xl bg-white shadow-sm">
          {/* eslint-disable-next-line @next/next/no-img-element -- see above */}
          <img src={bubble.imageUrl} alt="" loading="lazy" className="aspect-[20/13] w-full object-cover" />
          <div className="space-y-1 px-3 py-2">
            <p className="font-semibold break-words text-slate-900">{bubble.title}</p>
            <p className="text-sm whitespace-pre-wrap break-words text-slate-600">{bubble.text}</p>
          </div>
          <a
            href={href(bubble.button.url)}
            rel="noopener noreferrer"
            target="_blank"
            className="block border-t border-slate-100 px-3 py-2 text-center text-sm font-semibold text-sky-700 hover:bg-slate-50"
          >
            {bubble.button.label}
          </a>
        </div>
      );
  }
}
