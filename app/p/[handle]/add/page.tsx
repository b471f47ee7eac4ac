import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findPublicAccount } from "@/lib/platform/get-public-account";
import { AccountAvatar } from "../account-avatar";
import { AddFriendForm } from "./add-friend-form";

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const account = await findPublicAccount((await params).handle);
  return account ? { title: `Add ${account.name} as a friend`, robots: { index: false } } : {};
}

export default async function AddFriendPage({ params }: Props) {
  const account = await findPublicAccount((await params).handle);
  if (!account) notFound();
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6 text-center">
      <header className="flex flex-col items-center gap-3">
        <AccountAvatar name={account.name} />
        <div>
          <h1 className="text-2xl font-bold">{account.name}</h1>
          <p className="text-slate-500">@{account.handle}</p>
        </div>
        <p className="text-sm text-slate-600">Add as a friend to get news and coupons from {account.name} in your chats.</p>
      </header>
      <section className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
        <AddFriendForm handle={account.handle} />
      </section>
    </main>
  );
}
