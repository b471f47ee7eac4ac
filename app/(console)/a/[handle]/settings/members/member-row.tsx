"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { roleLabels } from "@/lib/auth/roles";
import { idleState } from "@/lib/forms/action-state";
import type { Role } from "@/lib/generated/prisma/enums";
import { changeMemberRoleAction, removeMemberAction } from "./actions";
import { RoleSelect } from "./role-select";

type Member = { id: string; role: Role; user: { email: string; name: string } };

export function MemberRow({ handle, member, canManage, canGrantOwner, isYou }: { handle: string; member: Member; canManage: boolean; canGrantOwner: boolean; isYou: boolean }) {
  const [roleState, changeRole] = useActionState(changeMemberRoleAction.bind(null, handle), idleState);
  const [removeState, remove] = useActionState(removeMemberAction.bind(null, handle), idleState);
  return (
    <li className="space-y-2 p-4" aria-label={member.user.email}>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <p className="font-medium">
            {member.user.name} {isYou ? <span className="text-xs text-slate-500">(you)</span> : null}
          </p>
          <p className="text-sm text-slate-500">{member.user.email}</p>
        </div>
        {canManage ? (
          <div className="flex flex-wrap items-end gap-2">
            <form action={changeRole} className="flex items-end gap-2">
              <input type="hidden" name="membershipId" value={member.id} />
              <RoleSelect id={`role-${member.id}`} defaultValue={member.role} canGrantOwner={canGrantOwner} label={`Role of ${member.user.email}`} />
              <SubmitButton variant="secondary">Change role</SubmitButton>
            </form>
            <form action={remove}>
              <input type="hidden" name="membershipId" value={member.id} />
              <SubmitButton variant="danger">Remove</SubmitButton>
            </form>
          </div>
        ) : (
          <span className="text-sm text-slate-600">{roleLabels[member.role]}</span>
        )}
      </div>
      <FormMessage state={roleState} />
      <FormMessage state={removeState} />
    </li>
  );
}
