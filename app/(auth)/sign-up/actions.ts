"use server";
import { signIn } from "@/lib/auth/auth";
import { signUpSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { parseForm, runFormAction, type ActionState } from "@/lib/forms/action-state";

export async function signUpAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const input = parseForm(signUpSchema, formData);
    await signUp(input);
    await signIn("credentials", { email: input.email, password: input.password, redirectTo: "/accounts/new" });
  });
}
