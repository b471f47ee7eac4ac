"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { idleState } from "@/lib/forms/action-state";
import { signUpAction } from "./actions";

export function SignUpForm() {
  const [state, formAction] = useActionState(signUpAction, idleState);
  return (
    <form key={state.submissionId} action={formAction} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <Field label="Your name" name="name" autoComplete="name" required defaultValue={state.values?.name} error={state.fields?.name} />
      <Field label="Email" name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} error={state.fields?.email} />
      <Field
        label="Password"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="At least 10 characters."
        error={state.fields?.password}
      />
      <SubmitButton className="w-full">Create login</SubmitButton>
      <p className="text-center text-sm text-slate-600">
        Already have one?{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 hover:underline">
          Sign in
        </Link>
      </p>
    </form>
  );
}
