import type { ReactNode } from "react";
import { AccountSwitcher } from "@/components/console/account-switcher";
import { SidebarNav, type NavItem } from "@/components/console/sidebar-nav";
import { SignOutButton } from "@/components/console/sign-out-button";
import { listUserAccounts } from "@/lib/accounts/list-user-accounts";
import { getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can, roleLabels } from "@/lib/auth/roles";

export default async function AccountLayout({ children, params }: { children: ReactNode; params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const { user, role, account } = await getAccountContextOrNotFound({ handle });
  const accounts = await listUserAccounts({ userId: user.id });
  const base = `/a/${account.handle}`;
  // Only sections that exist: a link to an unbuilt page is a broken promise.
  const items: NavItem[] = [
    { href: base, label: "Home" },
    ...(can(role, "followers.view")
      ? [
          { href: `${base}/followers`, label: "Followers" },
          { href: `${base}/segments`, label: "Segments" },
        ]
      : []),
    ...(can(role, "reports.view") ? [{ href: `${base}/campaigns`, label: "Campaigns" }] : []),
    { href: `${base}/settings`, label: "Settings" },
    ...(can(role, "account.edit") ? [{ href: `${base}/settings/channel`, label: "Channel" }] : []),
    { href: `${base}/settings/members`, label: "Members" },
    ...(can(role, "tokens.manage") ? [{ href: `${base}/settings/api-tokens`, label: "API tokens" }] : []),
  ];
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-64 shrink-0 flex-col gap-6 border-r border-slate-200 bg-white p-4">
        <p className="px-1 text-lg font-bold text-brand-600">Friendcast</p>
        <AccountSwitcher current={account} accounts={accounts} />
        <SidebarNav items={items} />
        <div className="mt-auto space-y-2 border-t border-slate-100 pt-4 text-sm">
          <p className="truncate text-slate-600" title={user.email}>
            {user.name} · {roleLabels[role]}
          </p>
          <SignOutButton />
        </div>
      </aside>
      <main className="min-w-0 flex-1 p-8">{children}</main>
    </div>
  );
}
