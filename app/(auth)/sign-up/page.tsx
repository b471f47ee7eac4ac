import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { findSessionUser } from "@/lib/auth/get-session-user";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create a login" };

export default async function SignUpPage() {
  if (await findSessionUser()) redirect("/accounts");
  return (
    <Card title="Create a login" description="One login opens every official account you are a member of.">
      <SignUpForm />
    </Card>
  );
}
