export default function Loading() {
  return <p className="p-6 text-sm text-slate-500">Loading your accounts…</p>;
}
