import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { findFollowerInbox } from "@/lib/platform/get-follower-inbox";

// The link is the only key to this page: keep it out of search engines and out of Referer headers.
export const metadata: Metadata = {
  title: "Chat",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function FollowerInboxPage({ params }: { params: Promise<{ token: string }> }) {
  // Always read fresh: campaigns land here, and a blocked friend must not see a cached room.
  await connection();
  const inbox = await findFollowerInbox({ token: (await params).token });
  if (!inbox) notFound();
  const { account } = inbox;
  return (
    <div className="mx-auto flex min-h-screen max-w-md flex-col bg-[#8cabd9]/20">
      <header className="sticky top-0 flex items-center gap-3 bg-slate-800 px-4 py-3 text-white shadow">
        <span aria-hidden="true" className="flex size-9 shrink-0 items-center justify-center rounded-full bg-brand-500 font-bold">
          {Array.from(account.name.trim())[0]?.toUpperCase() ?? "?"}
        </span>
        <div className="min-w-0">
          <h1 className="truncate font-semibold">{account.name}</h1>
          <p className="truncate text-xs text-slate-300">@{account.handle}</p>
        </div>
      </header>
      <main className="flex flex-1 flex-col items-center justify-center gap-3 p-6 text-center">
        {inbox.status === "blocked" ? (
          <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
            You&apos;ve blocked {account.name}, so nothing new arrives here.{" "}
            <Link href={`/@${account.handle}/add`} className="font-semibold underline">
              Add it as a friend again
            </Link>{" "}
            to get messages.
          </p>
        ) : null}
        <p className="text-slate-600">
          No messages yet — {account.name} will send news and coupons here.
        </p>
      </main>
      <footer className="px-4 pb-4 text-center text-xs text-slate-500">
        Keep this link to yourself: it opens your chat with {account.name}.
      </footer>
    </div>
  );
}
