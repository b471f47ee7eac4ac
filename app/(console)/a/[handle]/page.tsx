import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { FactList } from "@/components/ui/fact-list";
import { accountKindLabels } from "@/lib/accounts/kinds";
import { getAccountProfileOrThrow } from "@/lib/accounts/get-account-profile";
import { planLabels, planQuotas } from "@/lib/accounts/plans";
import { getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Home" };

export default async function AccountHomePage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  const profile = await getAccountProfileOrThrow({ accountId: account.id });
  const facts: [string, string][] = [
    ["Handle", `@${profile.handle}`],
    ["Kind", accountKindLabels[profile.kind]],
    ["Category", profile.category],
    ["Area", profile.area],
    ["Time zone", profile.timezone],
    ["Members", String(profile._count.memberships)],
  ];
  return (
    <div className="max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{profile.name}</h1>
        {profile.description ? <p className="mt-1 text-slate-600">{profile.description}</p> : null}
      </header>
      <div className="grid gap-4 sm:grid-cols-2">
        <Card title="Profile">
          <FactList facts={facts} />
          {can(role, "account.edit") ? (
            <Link href={`/a/${profile.handle}/settings`} className="mt-4 inline-block text-sm font-semibold text-brand-700 hover:underline">
              Edit profile
            </Link>
          ) : null}
        </Card>
        <Card title="Plan" description={planLabels[profile.plan]}>
          <p className="text-3xl font-bold">{planQuotas[profile.plan].toLocaleString("en-US")}</p>
          <p className="text-sm text-slate-500">messages a month, counted per recipient</p>
        </Card>
      </div>
    </div>
  );
}
