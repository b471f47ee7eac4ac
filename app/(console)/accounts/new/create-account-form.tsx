"use client";
import { useActionState } from "react";
import { AccountProfileFields } from "@/components/console/account-profile-fields";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/action-state";
import { createAccountAction } from "./actions";

export function CreateAccountForm({ defaultTimezone }: { defaultTimezone: string }) {
  const [state, formAction] = useActionState(createAccountAction, idleState);
  return (
    <form key={state.submissionId} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        label="Handle"
        name="handle"
        required
        placeholder="@green-cafe"
        defaultValue={state.values?.handle}
        error={state.fields?.handle}
        hint="@ and 3–30 lowercase letters, digits, - or _. Followers search for it; it can't be changed later."
      />
      <AccountProfileFields
        state={state}
        initial={{ name: "", kind: "business", category: "", area: "", timezone: defaultTimezone, plan: "free", description: "" }}
      />
      <SubmitButton>Create account</SubmitButton>
    </form>
  );
}
