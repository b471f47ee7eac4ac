import Link from "next/link";

// One page for "doesn't exist" and "not yours", so a URL never reveals another tenant's account.
export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-4 p-6 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-slate-600">
        This page doesn&apos;t exist, or you don&apos;t have access to it. Check the address, or ask the account&apos;s owner to add you.
      </p>
      <Link href="/accounts" className="text-sm font-semibold text-brand-700 hover:underline">
        Go to your accounts
      </Link>
    </main>
  );
}
