import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { CreateTokenForm } from "./create-token-form";
import { TokenRow } from "./token-row";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  if (!can(role, "tokens.manage")) {
    return (
      <div className="max-w-3xl space-y-6">
        <h1 className="text-2xl font-bold">API tokens</h1>
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{forbiddenMessage(role, "tokens.manage")}</p>
      </div>
    );
  }
  const tokens = await listApiTokens({ accountId: account.id });
  const formatDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: account.timezone });
  const active = tokens.filter((t) => !t.revokedAt).length;
  return (
    <div className="max-w-3xl space-y-6">
      <header>
        <h1 className="text-2xl font-bold">API tokens</h1>
        <p className="mt-1 text-sm text-slate-600">
          A token opens this account’s <code>/api/v1</code> endpoints to an integration: send it as <code>Authorization: Bearer fc_…</code>.
          It sees only @{account.handle}.
        </p>
      </header>
      <Card title="Create a token">
        <CreateTokenForm handle={account.handle} />
      </Card>
      <Card title={`${active} active token${active === 1 ? "" : "s"}`}>
        {tokens.length === 0 ? (
          <p className="text-sm text-slate-600">No tokens yet.</p>
        ) : (
          <ul className="-m-6 divide-y divide-slate-200" aria-label="API tokens">
            {tokens.map((token) => (
              <TokenRow
                key={token.id}
                handle={account.handle}
                token={{
                  id: token.id,
                  name: token.name,
                  prefix: token.prefix,
                  createdBy: token.createdBy ? `${token.createdBy.name} (${token.createdBy.email})` : "a former member",
                  createdAt: formatDate.format(token.createdAt),
                  lastUsedAt: token.lastUsedAt ? formatDate.format(token.lastUsedAt) : "never",
                  revokedAt: token.revokedAt ? formatDate.format(token.revokedAt) : null,
                }}
              />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
