import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { BubbleList } from "@/components/chat/bubble-list";
import { formatDateTime } from "@/lib/followers/format-date-time";
import { inboxCursorSchema, listInbox, type InboxMessage } from "@/lib/inbox/list-inbox";
import { trackedHrefFor } from "@/lib/inbox/tracked-href-for";
import { OpenBeacon } from "./open-beacon";

// The link is the only key to this page: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = {
  title: "Chat",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ before?: string | string[] }> };

/** Messages grouped under a date line, in the account's time zone (where its news is local). */
function byDay(messages: InboxMessage[], timeZone: string) {
  const days: { day: string; items: { message: InboxMessage; time: string }[] }[] = [];
  for (const message of messages) {
    const stamp = formatDateTime(message.at, timeZone);
    const day = stamp.slice(0, 10);
    if (days.at(-1)?.day !== day) days.push({ day, items: [] });
    days.at(-1)!.items.push({ message, time: stamp.slice(11) });
  }
  return days;
}

export default async function FollowerInboxPage({ params, searchParams }: Props) {
  // Always read fresh: campaigns land here, and a blocked friend must not see a cached room.
  await connection();
  const { token } = await params;
  const cursor = inboxCursorSchema.safeParse((await searchParams).before);
  const inbox = await listInbox({ token, before: cursor.success ? cursor.data : undefined });
  if (!inbox) notFound();
  const { account } = inbox;
  const initial = Array.from(account.name.trim())[0]?.toUpperCase() ?? "?";
  return (
    <div className="mx-auto flex min-h-screen max-w-md flex-col bg-[#8cabd9]/20">
      <header className="sticky top-0 z-10 flex items-center gap-3 bg-slate-800 px-4 py-3 text-white shadow">
        <Link href={`/f/${token}/chats`} className="shrink-0 rounded px-1 text-sm text-slate-200 hover:text-white">
          <span aria-hidden="true">‹ </span>Chats
        </Link>
        <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-500 font-bold">
          {initial}
        </span>
        <div className="min-w-0">
          <h1 className="truncate font-semibold">{account.name}</h1>
          <p className="truncate text-xs text-slate-300">@{account.handle}</p>
        </div>
      </header>
      <main className="flex flex-1 flex-col gap-3 p-4" aria-label={`Messages from ${account.name}`}>
        {inbox.follower.status === "blocked" ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-center text-sm text-amber-800">
            You&apos;ve blocked {account.name}, so nothing new arrives here.{" "}
            <Link href={`/@${account.handle}/add`} className="font-semibold underline">
              Add it as a friend again
            </Link>{" "}
            to get messages.
          </p>
        ) : null}
        {inbox.olderCursor ? (
          <Link href={`/f/${token}?before=${inbox.olderCursor}`} className="self-center rounded-full bg-white/70 px-3 py-1 text-xs text-slate-700 hover:bg-white">
            Older messages
          </Link>
        ) : null}
        {inbox.messages.length === 0 ? (
          <p className="m-auto text-center text-slate-600">
            {cursor.success ? "No older messages." : `No messages yet — ${account.name} will send news and coupons here.`}
          </p>
        ) : (
          byDay(inbox.messages, account.timezone).map(({ day, items }) => (
            <section key={day} aria-label={day} className="flex flex-col gap-3">
              <p className="self-center rounded-full bg-slate-500/40 px-3 py-0.5 text-xs text-white">
                <time dateTime={day}>{day}</time>
              </p>
              {items.map(({ message, time }) => (
                <article key={message.key} data-delivery-id={message.deliveryId?.toString()} className="flex items-end gap-1">
                  <div className="min-w-0 flex-1">
                    {message.deliveryId === null ? <p className="mb-1 ml-10 text-[10px] font-semibold text-slate-500 uppercase">Test message</p> : null}
                    <BubbleList bubbles={message.bubbles} hrefFor={trackedHrefFor(message)} avatar={initial} />
                  </div>
                  <time dateTime={message.at.toISOString()} className="shrink-0 pb-1 text-[10px] text-slate-500">
                    {time}
                  </time>
                </article>
              ))}
            </section>
          ))
        )}
        {cursor.success && inbox.messages.length > 0 ? (
          <Link href={`/f/${token}`} className="self-center rounded-full bg-white/70 px-3 py-1 text-xs text-slate-700 hover:bg-white">
            Newest messages
          </Link>
        ) : null}
        <div id="inbox-end" />
      </main>
      <footer className="px-4 pb-4 text-center text-xs text-slate-500">
        Keep this link to yourself: it opens your chat with {account.name}.
      </footer>
      <OpenBeacon token={token} />
    </div>
  );
}
