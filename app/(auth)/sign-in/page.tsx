import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { findSessionUser } from "@/lib/auth/get-session-user";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  if (await findSessionUser()) redirect("/accounts");
  const { callbackUrl } = await searchParams;
  return (
    <Card title="Sign in">
      <SignInForm callbackUrl={callbackUrl} />
    </Card>
  );
}
