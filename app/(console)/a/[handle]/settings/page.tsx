import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { getAccountProfileOrThrow } from "@/lib/accounts/get-account-profile";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  const profile = await getAccountProfileOrThrow({ accountId: account.id });
  const canEdit = can(role, "account.edit");
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">Settings</h1>
      <Card title="Account profile" description={`@${profile.handle} — the handle is permanent; everything else can change.`}>
        <ProfileForm
          handle={profile.handle}
          canEdit={canEdit}
          readOnlyReason={canEdit ? undefined : forbiddenMessage(role, "account.edit")}
          initial={{
            name: profile.name,
            kind: profile.kind,
            category: profile.category,
            area: profile.area,
            timezone: profile.timezone,
            plan: profile.plan,
            description: profile.description,
          }}
        />
      </Card>
    </div>
  );
}
