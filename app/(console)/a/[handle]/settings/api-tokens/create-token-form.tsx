"use client";
import { useActionState, useState } from "react";
import { buttonClass } from "@/components/ui/button-class";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/action-state";
import { createApiTokenAction, type CreateTokenState } from "./actions";

function NewTokenBox({ token, name }: { token: string; name: string }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    try {
      await navigator.clipboard.writeText(token);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-4" role="region" aria-label="New token">
      <p className="text-sm font-semibold text-amber-900">Copy the token for “{name}” now. It is shown only this once.</p>
      <p className="text-sm text-amber-800">
        Friendcast keeps only a hash of it, so nobody can show it again. Store it in your integration’s secret settings; if it is
        lost, revoke it and create another.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <code className="min-w-0 flex-1 break-all rounded bg-white px-3 py-2 font-mono text-sm" aria-label="Token value">
          {token}
        </code>
        <button type="button" className={buttonClass("secondary")} onClick={copy}>
          {copied === "copied" ? "Copied" : "Copy"}
        </button>
      </div>
      {copied === "failed" ? <p className="text-sm text-red-700">The browser didn’t allow copying. Select the token and copy it by hand.</p> : null}
    </div>
  );
}

export function CreateTokenForm({ handle }: { handle: string }) {
  const [state, formAction] = useActionState<CreateTokenState, FormData>(createApiTokenAction.bind(null, handle), idleState);
  return (
    <div className="space-y-4">
      {state.token && state.tokenName ? <NewTokenBox token={state.token} name={state.tokenName} /> : null}
      <form key={state.submissionId} action={formAction} className="space-y-4" noValidate>
        {state.token ? null : <FormMessage state={state} />}
        <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-start">
          <Field label="Token name" name="name" required maxLength={60} defaultValue={state.status === "error" ? state.values?.name : undefined} error={state.fields?.name} hint="What will use it, like “CRM sync” or “POS”." />
          <SubmitButton className="sm:mt-6">Create token</SubmitButton>
        </div>
      </form>
    </div>
  );
}
