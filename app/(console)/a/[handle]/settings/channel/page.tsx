import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { getPublicOrigin } from "@/lib/platform/get-public-origin";
import { ChannelSecretCard } from "./channel-secret-card";
import { CopyButton } from "./copy-button";

export const metadata: Metadata = { title: "Channel" };

export default async function ChannelSettingsPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  const canManage = can(role, "account.edit");
  const origin = getPublicOrigin(await headers());
  const webhookUrl = `${origin}/api/platform/webhook/${account.handle}`;
  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="text-2xl font-bold">Channel</h1>
      <Card title="Webhook URL" description="Set this as the webhook URL on the messaging platform. Friends, blocks, messages and postbacks arrive here.">
        <div className="space-y-2">
          <code data-testid="webhook-url" className="block break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-sm">
            {webhookUrl}
          </code>
          <CopyButton text={webhookUrl} />
        </div>
      </Card>
      <Card
        title="Channel secret"
        description="The platform signs every webhook with this secret (X-Friendcast-Signature: base64 HMAC-SHA256 of the body). Keep it private."
      >
        <ChannelSecretCard
          handle={account.handle}
          canManage={canManage}
          readOnlyReason={canManage ? undefined : forbiddenMessage(role, "account.edit")}
        />
      </Card>
      <Card title="Add-friend QR code" description="Print it for your counter, or share the link: people who scan it become followers.">
        <div className="flex flex-wrap gap-4 text-sm font-semibold text-brand-700">
          <Link href={`/@${account.handle}`} className="hover:underline">
            Public page @{account.handle}
          </Link>
          <Link href={`/@${account.handle}/poster`} className="hover:underline">
            Printable poster
          </Link>
        </div>
      </Card>
    </div>
  );
}
