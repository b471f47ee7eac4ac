import type { Metadata } from "next";
import { Card } from "@/components/ui/card";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { listImports } from "@/lib/imports/list-imports";
import { importColumns, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, TAG_SEPARATOR } from "@/lib/imports/schemas";
import { ImportSummaryRow } from "./import-summary";
import { UploadForm } from "./upload-form";

export const metadata: Metadata = { title: "Import followers" };

export default async function ImportFollowersPage({ params }: { params: Promise<{ handle: string }> }) {
  const { handle } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  if (!can(role, "followers.edit")) {
    return (
      <div className="max-w-3xl space-y-6">
        <h1 className="text-2xl font-bold">Import followers</h1>
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{forbiddenMessage(role, "followers.edit")}</p>
      </div>
    );
  }
  const imports = await listImports({ accountId: account.id });
  const base = `/a/${account.handle}/followers`;
  return (
    <div className="max-w-3xl space-y-6">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-bold">Import followers</h1>
        <a href={`${base}/export`} className="text-sm font-semibold text-brand-700 hover:underline">
          Export all followers (CSV)
        </a>
      </header>
      <Card title="Upload a CSV file" description="Adds new followers and updates the ones you already have, matched by external id.">
        <div className="mb-4 space-y-2 text-sm text-slate-600">
          <p>
            The first line is the header: <code className="rounded bg-slate-100 px-1">{importColumns.join(",")}</code>. Only{" "}
            <code>external_id</code> is required; leave out the columns you don&apos;t have. Save as UTF-8 (in Excel: &ldquo;CSV UTF-8&rdquo;).
          </p>
          <ul className="list-disc space-y-1 pl-5">
            <li>
              <code>gender</code> is female, male or unknown; <code>os</code> is ios, android or other; <code>birth_year</code> like 1996;{" "}
              <code>language</code> a code like ja, en or zh-TW.
            </li>
            <li>
              Several tags go in the one <code>tags</code> cell, separated by <code>{TAG_SEPARATOR}</code>, e.g. <code>vip{TAG_SEPARATOR}coupon</code>.
              Tags are added to a follower&apos;s existing tags, never removed.
            </li>
            <li>
              For followers you already have, an empty cell keeps what Friendcast knows; a blocked follower stays blocked. New followers start
              as following, added now.
            </li>
            <li>
              Rows with a problem are skipped and listed with their line number; every other row is imported. Up to{" "}
              {MAX_IMPORT_ROWS.toLocaleString("en-US")} rows ({MAX_IMPORT_BYTES / 1024 / 1024} MB) per file.
            </li>
          </ul>
        </div>
        <UploadForm uploadUrl={`${base}/import/upload`} />
      </Card>
      <Card title="Past imports">
        {imports.length ? (
          <ul className="-m-6 divide-y divide-slate-200" aria-label="Imports">
            {imports.map((found) => (
              <ImportSummaryRow key={found.id} found={found} base={`${base}/import`} timezone={account.timezone} />
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">No imports yet.</p>
        )}
      </Card>
    </div>
  );
}
