import type { ReactNode } from "react";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm space-y-6">
        <div className="text-center">
          <p className="text-2xl font-bold text-brand-600">Friendcast</p>
          <p className="text-sm text-slate-500">The console for your official accounts</p>
        </div>
        {children}
      </div>
    </main>
  );
}
