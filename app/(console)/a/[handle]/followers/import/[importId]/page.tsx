import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors";
import { getImportOrThrow } from "@/lib/imports/get-import";
import { listImportErrors } from "@/lib/imports/list-import-errors";
import { ImportProgress } from "../import-progress";
import { toImportProgress } from "@/lib/imports/to-import-progress";

export const metadata: Metadata = { title: "Import" };

const SHOWN_ERRORS = 100;

export default async function ImportPage({ params }: { params: Promise<{ handle: string; importId: string }> }) {
  const { handle, importId } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  if (!can(role, "followers.edit")) {
    return <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{forbiddenMessage(role, "followers.edit")}</p>;
  }
  const found = await getImportOrThrow({ id: importId, accountId: account.id }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  });
  const errors = await listImportErrors({ importId: found.id, accountId: account.id, take: SHOWN_ERRORS });
  const base = `/a/${account.handle}/followers/import`;
  const when = (date: Date | null) => date?.toLocaleString("en-US", { timeZone: account.timezone, dateStyle: "medium", timeStyle: "medium" }) ?? "—";
  return (
    <div className="max-w-3xl space-y-6">
      <header className="space-y-1">
        <Link href={base} className="text-sm text-brand-700 hover:underline">
          ← Imports
        </Link>
        <h1 className="text-2xl font-bold">{found.fileName}</h1>
      </header>
      <Card>
        <ImportProgress key={`${found.status}-${found.processed}`} statusUrl={`${base}/${found.id}/status`} initial={toImportProgress(found)} label="Import progress" />
        <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="text-slate-500">Uploaded</dt>
          <dd>{when(found.createdAt)}</dd>
          <dt className="text-slate-500">Started</dt>
          <dd>{when(found.startedAt)}</dd>
          <dt className="text-slate-500">Finished</dt>
          <dd>{when(found.finishedAt)}</dd>
        </dl>
      </Card>
      <Card
        title={`Skipped rows (${found.failed.toLocaleString("en-US")})`}
        description={found.failed > SHOWN_ERRORS ? `The first ${SHOWN_ERRORS} are shown here; the download has all of them.` : undefined}
      >
        {errors.length ? (
          <>
            <table className="w-full text-left text-sm">
              <thead className="text-slate-500">
                <tr>
                  <th scope="col" className="w-20 py-1 font-medium">
                    Line
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    Reason
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {errors.map((error) => (
                  <tr key={error.line}>
                    <td className="py-1 tabular-nums">{error.line}</td>
                    <td className="py-1">{error.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <a href={`${base}/${found.id}/errors`} className="mt-4 inline-block text-sm font-semibold text-brand-700 hover:underline">
              Download all skipped rows (CSV)
            </a>
          </>
        ) : (
          <p className="text-sm text-slate-500">No rows skipped{found.status === "running" || found.status === "queued" ? " so far" : ""}.</p>
        )}
      </Card>
    </div>
  );
}
