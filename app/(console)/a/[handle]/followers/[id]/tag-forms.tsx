"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/action-state";
import { addFollowerTagAction, removeFollowerTagAction } from "./actions";

export function AddTagForm({ handle, followerId }: { handle: string; followerId: string }) {
  const [state, formAction] = useActionState(addFollowerTagAction.bind(null, handle, followerId), idleState);
  return (
    <form key={state.submissionId} action={formAction} className="space-y-2" noValidate>
      <FormMessage state={state} />
      <div className="flex items-start gap-2">
        <Field label="New tag" name="tag" maxLength={40} required defaultValue={state.status === "error" ? state.values?.tag : ""} error={state.fields?.tag} hint="Up to 40 characters, no commas." />
        <SubmitButton className="mt-6">Add tag</SubmitButton>
      </div>
    </form>
  );
}

export function RemoveTagButton({ handle, followerId, tag }: { handle: string; followerId: string; tag: string }) {
  const [state, formAction] = useActionState(removeFollowerTagAction.bind(null, handle, followerId), idleState);
  return (
    <li className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pl-3 pr-1 text-sm text-brand-700" aria-label={`Tag ${tag}`}>
      {tag}
      <form action={formAction}>
        <input type="hidden" name="tag" value={tag} />
        <button type="submit" className="rounded-full px-1.5 text-brand-700 hover:bg-brand-100" aria-label={`Remove tag ${tag}`} title={`Remove tag ${tag}`}>
          ×
        </button>
      </form>
      {state.status === "error" ? (
        <span role="alert" className="text-xs text-red-700">
          {state.message}
        </span>
      ) : null}
    </li>
  );
}
