import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/console/sign-out-button";
import { buttonClass } from "@/components/ui/button-class";
import { accountKindLabels } from "@/lib/accounts/kinds";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { getSessionUserOrRedirect } from "@/lib/auth/get-session-user";
import { roleLabels } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Your accounts" };

export default async function AccountsPage() {
  const user = await getSessionUserOrRedirect();
  const accounts = await listUserAccounts({ userId: user.id });
  return (
    <main className="mx-auto max-w-3xl space-y-6 p-6">
      <header className="flex items-center justify-between">
        <div>
          <p className="text-sm font-bold text-brand-600">Friendcast</p>
          <h1 className="text-2xl font-bold">Your official accounts</h1>
          <p className="text-sm text-slate-500">Signed in as {user.email}</p>
        </div>
        <SignOutButton />
      </header>
      <div className="flex justify-end">
        <Link href="/accounts/new" className={buttonClass("primary")}>
          Create an account
        </Link>
      </div>
      {accounts.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center text-slate-600">
          You are not a member of any account yet. Create one, or ask an account&apos;s owner to add your email.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Accounts">
          {accounts.map((account) => (
            <li key={account.id}>
              <Link href={`/a/${account.handle}`} className="flex items-center justify-between p-4 hover:bg-slate-50">
                <span>
                  <span className="block font-semibold">{account.name}</span>
                  <span className="block text-sm text-slate-500">
                    @{account.handle} · {accountKindLabels[account.kind]} · {account.area}
                  </span>
                </span>
                <span className="text-sm text-slate-500">{roleLabels[account.role]}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
