// Public visitors land here from a mistyped @handle or an old poster; the console's 404 talks to members instead.
export default function PublicAccountNotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col items-center justify-center gap-3 p-6 text-center">
      <p className="text-sm font-semibold text-brand-600">404</p>
      <h1 className="text-xl font-bold">No such account</h1>
      <p className="text-slate-600">There is no official account with this handle. Check the spelling, or scan the shop&apos;s QR code again.</p>
    </main>
  );
}
