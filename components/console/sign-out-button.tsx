import { signOut } from "@/lib/auth/auth";

export function SignOutButton() {
  return (
    <form
      action={async () => {
        "use server";
        await signOut({ redirectTo: "/sign-in" });
      }}
    >
      <button type="submit" className="text-sm font-medium text-slate-600 hover:text-slate-900">
        Sign out
      </button>
    </form>
  );
}
