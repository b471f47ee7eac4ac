"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/action-state";
import { addMemberAction } from "./actions";
import { RoleSelect } from "./role-select";

export function AddMemberForm({ handle, canGrantOwner }: { handle: string; canGrantOwner: boolean }) {
  const [state, formAction] = useActionState(addMemberAction.bind(null, handle), idleState);
  return (
    <form key={state.submissionId} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-[1fr_auto_auto] sm:items-start">
        <Field label="Email of a signed-up user" name="email" type="email" required defaultValue={state.values?.email} error={state.fields?.email} />
        <RoleSelect id="new-member-role" defaultValue={state.values?.role ?? "operator"} canGrantOwner={canGrantOwner} label="Role" />
        <SubmitButton className="sm:mt-6">Add member</SubmitButton>
      </div>
    </form>
  );
}
