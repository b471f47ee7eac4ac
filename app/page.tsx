import { redirect } from "next/navigation";
import { findSessionUser } from "@/lib/auth/get-session-user";

export default async function HomePage() {
  const user = await findSessionUser();
  redirect(user ? "/accounts" : "/sign-in");
}
