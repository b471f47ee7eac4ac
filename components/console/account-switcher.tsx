import Link from "next/link";

type SwitcherAccount = { id: string; handle: string; name: string };

/** A <details> menu: it works before any JavaScript loads, which matters on a shop's slow phone. */
export function AccountSwitcher({ current, accounts }: { current: SwitcherAccount; accounts: SwitcherAccount[] }) {
  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center justify-between rounded-md border border-slate-200 bg-white px-3 py-2 text-left hover:bg-slate-50">
        <span className="min-w-0">
          <span className="block truncate text-sm font-semibold">{current.name}</span>
          <span className="block truncate text-xs text-slate-500">@{current.handle}</span>
        </span>
        <span aria-hidden className="ml-2 text-slate-400 group-open:rotate-180">▾</span>
        <span className="sr-only">Switch account</span>
      </summary>
      <nav aria-label="Switch account" className="absolute z-10 mt-1 w-full rounded-md border border-slate-200 bg-white py-1 shadow-lg">
        {accounts.map((account) => (
          <Link
            key={account.id}
            href={`/a/${account.handle}`}
            aria-current={account.id === current.id ? "page" : undefined}
            className="block px-3 py-2 text-sm hover:bg-slate-50 aria-[current=page]:font-semibold aria-[current=page]:text-brand-700"
          >
            {account.name} <span className="text-slate-500">@{account.handle}</span>
          </Link>
        ))}
        <Link href="/accounts/new" className="block border-t border-slate-100 px-3 py-2 text-sm text-brand-700 hover:bg-slate-50">
          + Create an account
        </Link>
      </nav>
    </details>
  );
}
