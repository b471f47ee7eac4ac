import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can, roleDescriptions, roleLabels, roles } from "@/lib/auth/roles";
import { listMembers } from "@/lib/members/list-members";
import { AddMemberForm } from "./add-member-form";
import { MemberRow } from "./member-row";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const { account, role, user } = await getAccountContextOrNotFound({ handle });
  const members = await listMembers({ accountId: account.id });
  const canManage = can(role, "members.manage");
  const canGrantOwner = can(role, "members.grant_owner");
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">Members</h1>
      {canManage ? (
        <Card title="Add a member" description="They need a Friendcast login first; then add their email here.">
          <AddMemberForm handle={account.handle} canGrantOwner={canGrantOwner} />
        </Card>
      ) : (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{forbiddenMessage(role, "members.manage")}</p>
      )}
      <Card title={`${members.length} member${members.length === 1 ? "" : "s"}`}>
        <ul className="-m-6 divide-y divide-slate-200" aria-label="Members">
          {members.map((member) => (
            <MemberRow
              key={`${member.id}-${member.role}`}
              handle={account.handle}
              member={member}
              canManage={canManage}
              canGrantOwner={canGrantOwner}
              isYou={member.user.id === user.id}
            />
          ))}
        </ul>
      </Card>
      <Card title="What each role can do">
        <dl className="space-y-2 text-sm">
          {roles.map((r) => (
            <div key={r}>
              <dt className="inline font-semibold">{roleLabels[r]}: </dt>
              <dd className="inline text-slate-600">{roleDescriptions[r]}</dd>
            </div>
          ))}
        </dl>
      </Card>
    </div>
  );
}
