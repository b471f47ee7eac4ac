import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { describeSegmentRule } from "@/lib/segments/describe-segment-rule";
import { formatReach } from "@/lib/segments/format-reach";
import { listSegments } from "@/lib/segments/list-segments";

export const metadata: Metadata = { title: "Segments" };

export default async function SegmentsPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  if (!can(role, "followers.view")) {
    return <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{forbiddenMessage(role, "followers.view")}</p>;
  }
  const segments = await listSegments({ accountId: account.id });
  const canEdit = can(role, "followers.edit");
  const base = `/a/${account.handle}/segments`;
  const formatDate = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: account.timezone });
  return (
    <div className="max-w-5xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Segments</h1>
          <p className="mt-1 text-sm text-slate-600">Saved audiences for campaigns. Reach counts followers who still follow you, right now (≈ marks an estimate from a sample, for large accounts).</p>
        </div>
        {canEdit ? (
          <Link href={`${base}/new`} className={buttonClass()}>
            New segment
          </Link>
        ) : null}
      </header>
      {segments.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">
            No segments yet. A segment picks followers by gender, age, area, language, OS, how recently they followed, and tags, and keeps
            its reach up to date.
          </p>
        </Card>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" aria-label="Segments">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3">Name</th>
                <th scope="col" className="px-4 py-3">Who</th>
                <th scope="col" className="px-4 py-3 text-right">Reach</th>
                <th scope="col" className="px-4 py-3">Updated</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {segments.map((segment) => (
                <tr key={segment.id}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    <Link href={`${base}/${segment.id}`} className="text-brand-700 hover:underline">
                      {segment.name}
                    </Link>
                  </th>
                  <td className="px-4 py-3 text-slate-700">
                    {segment.rule ? describeSegmentRule(segment.rule) : <span className="text-red-600">{segment.ruleError}</span>}
                  </td>
                  <td className="px-4 py-3 text-right tabular-nums">{segment.reach === null ? "—" : formatReach(segment.reach)}</td>
                  <td className="px-4 py-3 text-slate-500">{formatDate.format(segment.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
