// Settings pages have no 404 of their own (the account layout already checked membership), so
// streaming a fallback here can't turn a not-found into a 200. Don't add one above [id] pages.
export default function Loading() {
  return <p className="text-sm text-slate-500">Loading…</p>;
}
