// A wrong or old inbox link: say so plainly, with nothing that hints at whose link it might be.
export default function InboxNotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-xl font-bold">This chat link doesn&apos;t work</h1>
      <p className="text-slate-600">Check that you copied the whole link, or add the account as a friend again from its QR code.</p>
    </main>
  );
}
