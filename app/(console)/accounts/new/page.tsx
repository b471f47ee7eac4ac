import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { getSessionUserOrRedirect } from "@/lib/auth/get-session-user";
import { CreateAccountForm } from "./create-account-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function NewAccountPage() {
  await getSessionUserOrRedirect();
  return (
    <main className="mx-auto max-w-xl space-y-4 p-6">
      <Link href="/accounts" className="text-sm text-slate-600 hover:underline">
        ← Your accounts
      </Link>
      <Card title="Create an official account" description="You become its owner. You can add members afterwards.">
        <CreateAccountForm defaultTimezone="Asia/Tokyo" />
      </Card>
    </main>
  );
}
