import Link from "next/link";
import type { ImportSummary } from "@/lib/imports/get-import";
import { toImportProgress } from "@/lib/imports/to-import-progress";
import { ImportProgress } from "./import-progress";

/** One import in the list: name, when, live progress, and where to see its skipped rows. */
export function ImportSummaryRow({ found, base, timezone }: { found: ImportSummary; base: string; timezone: string }) {
  const href = `${base}/${found.id}`;
  const isFinished = found.status === "completed" || found.status === "failed";
  return (
    <li className="space-y-2 p-4" aria-label={found.fileName}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Link href={href} className="font-semibold text-slate-900 hover:underline">
          {found.fileName}
        </Link>
        <span className="text-xs text-slate-500">{found.createdAt.toLocaleString("en-US", { timeZone: timezone, dateStyle: "medium", timeStyle: "short" })}</span>
      </div>
      {/* Keyed by state so a finished import, refreshed from the server, replaces the polling one. */}
      <ImportProgress key={`${found.status}-${found.processed}`} statusUrl={`${href}/status`} initial={toImportProgress(found)} label={`Progress of ${found.fileName}`} />
      {isFinished && found.failed > 0 ? (
        <a href={`${href}/errors`} className="text-sm font-semibold text-brand-700 hover:underline">
          Download {found.failed.toLocaleString("en-US")} skipped row{found.failed === 1 ? "" : "s"} (CSV)
        </a>
      ) : null}
    </li>
  );
}
