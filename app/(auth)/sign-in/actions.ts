"use server";
import { headers } from "next/headers";
import { CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/auth/schemas";
import { assertSignInAllowed, clientAddress } from "@/lib/auth/sign-in-throttle";
import { AppError } from "@/lib/errors";
import { parseForm, runFormAction, type ActionState } from "@/lib/forms/action-state";

function safeCallback(value: FormDataEntryValue | null): string {
  // Only same-site paths: an open redirect after sign-in is a phishing gift.
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/accounts";
}

export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const input = parseForm(signInSchema, formData);
    const source = { email: input.email, address: clientAddress(await headers()) };
    await assertSignInAllowed(source);
    try {
      await signIn("credentials", { ...input, redirectTo: safeCallback(formData.get("callbackUrl")) });
    } catch (error) {
      if (!(error instanceof CredentialsSignin)) throw error;
      // authorize() refuses with code "rate_limited" when a parallel guess crossed the limit first.
      if (error.code === "rate_limited") await assertSignInAllowed(source);
      throw new AppError("unauthorized", "Wrong email or password. Check both and try again.");
    }
  });
}
