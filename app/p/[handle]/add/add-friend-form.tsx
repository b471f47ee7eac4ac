"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/action-state";
import { addFriendAction } from "./actions";

export function AddFriendForm({ handle }: { handle: string }) {
  const [state, formAction] = useActionState(addFriendAction.bind(null, handle), idleState);
  return (
    <form key={state.submissionId} action={formAction} className="space-y-4 text-left" noValidate>
      <FormMessage state={state} />
      <Field
        label="Your name (optional)"
        name="displayName"
        autoComplete="nickname"
        maxLength={100}
        defaultValue={state.values?.displayName}
        error={state.fields?.displayName}
        hint="Shown to the account, as your name in the messenger app would be."
      />
      <SubmitButton className="w-full py-3 text-base">Add friend</SubmitButton>
    </form>
  );
}
