"use client";
import { useActionState } from "react";
import { AccountProfileFields, type AccountProfileValues } from "@/components/console/account-profile-fields";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/action-state";
import { updateAccountAction } from "./actions";

export function ProfileForm({ handle, initial, canEdit, readOnlyReason }: { handle: string; initial: AccountProfileValues; canEdit: boolean; readOnlyReason?: string }) {
  const [state, formAction] = useActionState(updateAccountAction.bind(null, handle), idleState);
  return (
    <form key={state.submissionId} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      {!canEdit && readOnlyReason ? <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{readOnlyReason}</p> : null}
      <fieldset disabled={!canEdit} className="space-y-4">
        <AccountProfileFields state={state} initial={initial} />
        <SubmitButton>Save profile</SubmitButton>
      </fieldset>
    </form>
  );
}
