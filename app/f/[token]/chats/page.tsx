import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { formatDateTime } from "@/lib/followers/format-date-time";
import { INBOX_COOKIE_NAME, readInboxTokens } from "@/lib/inbox/inbox-cookie";
import { listInboxChats } from "@/lib/inbox/list-inbox";

export const metadata: Metadata = {
  title: "Chats",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

/**
 * Every account this browser follows: the chat links it was handed (kept in an httpOnly cookie)
 * plus the one in the address. Nothing else is looked up, so no other follower's chat can show.
 */
export default async function InboxChatsPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const { token } = await params;
  const held = readInboxTokens((await cookies()).get(INBOX_COOKIE_NAME)?.value);
  const chats = await listInboxChats({ tokens: [token, ...held] });
  if (!chats.some((chat) => chat.token === token)) notFound();
  return (
    <div className="mx-auto flex min-h-screen max-w-md flex-col bg-white">
      <header className="sticky top-0 z-10 bg-slate-800 px-4 py-3 text-white shadow">
        <h1 className="font-semibold">Chats</h1>
      </header>
      <main>
        <ul className="divide-y divide-slate-100" aria-label="Chats">
          {chats.map((chat) => (
            <li key={chat.token}>
              <Link href={`/f/${chat.token}`} className="flex items-center gap-3 px-4 py-3 hover:bg-slate-50">
                <span aria-hidden="true" className="flex size-11 shrink-0 items-center justify-center rounded-full bg-brand-500 font-bold text-white">
                  {Array.from(chat.account.name.trim())[0]?.toUpperCase() ?? "?"}
                </span>
                <span className="min-w-0 flex-1">
                  <span className="flex items-baseline justify-between gap-2">
                    <span className="truncate font-semibold text-slate-900">{chat.account.name}</span>
                    {chat.last ? <time className="shrink-0 text-xs text-slate-500" dateTime={chat.last.at.toISOString()}>{formatDateTime(chat.last.at, chat.account.timezone).slice(0, 10)}</time> : null}
                  </span>
                  <span className="block truncate text-xs text-slate-500">@{chat.account.handle}{chat.isBlocked ? " · blocked" : ""}</span>
                  <span className="block truncate text-sm text-slate-600">{chat.last ? chat.last.preview : "No messages yet"}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </main>
      <footer className="px-4 py-4 text-center text-xs text-slate-500">
        Chats you opened in this browser. Keep their links to yourself.
      </footer>
    </div>
  );
}
