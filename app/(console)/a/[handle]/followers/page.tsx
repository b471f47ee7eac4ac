import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-class";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { isAppError } from "@/lib/errors";
import { ageBandOf } from "@/lib/followers/age-band-of";
import { countFollowers } from "@/lib/followers/count-followers";
import { genderLabels, osLabels, statusLabels } from "@/lib/followers/filter-options";
import { formatDateTime } from "@/lib/followers/format-date-time";
import { listFollowers } from "@/lib/followers/list-followers";
import { parseFollowerFilterQuery } from "@/lib/followers/parse-filter-query";
import { parseFollowerId } from "@/lib/followers/parse-follower-id";
import { ageBandLabels, type FollowerFilter } from "@/lib/followers/schemas";
import { FollowerFilterForm } from "./follower-filter-form";

export const metadata: Metadata = { title: "Followers" };

type SearchParams = Record<string, string | string[] | undefined>;

function toUrlSearchParams(searchParams: SearchParams): URLSearchParams {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    for (const v of Array.isArray(value) ? value : value === undefined ? [] : [value]) query.append(key, v);
  }
  return query;
}

/** The same filter with another cursor: paging links and the export keep every filter parameter. */
function withCursor(filterQuery: URLSearchParams, cursor?: { after?: bigint; before?: bigint }): string {
  const query = new URLSearchParams(filterQuery);
  if (cursor?.after !== undefined) query.set("after", String(cursor.after));
  if (cursor?.before !== undefined) query.set("before", String(cursor.before));
  const text = query.toString();
  return text ? `?${text}` : "";
}

function countSummary(count: number, isAtLeast: boolean, filtered: boolean): string {
  const isOne = count === 1 && !isAtLeast;
  const n = `${count.toLocaleString("en-US")}${isAtLeast ? "+" : ""} ${isOne ? "follower" : "followers"}`;
  return filtered ? `${n} ${isOne ? "matches" : "match"} these filters` : n;
}

function isFiltered(filter: FollowerFilter): boolean {
  return Boolean(
    filter.q ||
      filter.status ||
      filter.followedWithinDays ||
      filter.genders.length ||
      filter.ageBands.length ||
      filter.areas.length ||
      filter.languages.length ||
      filter.os.length ||
      filter.tags.length,
  );
}

export default async function FollowersPage({ params, searchParams }: { params: Promise<{ handle: string }>; searchParams: Promise<SearchParams> }) {
  const { handle } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  if (!can(role, "followers.view")) {
    return (
      <div className="max-w-3xl space-y-6">
        <h1 className="text-2xl font-bold">Followers</h1>
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{forbiddenMessage(role, "followers.view")}</p>
      </div>
    );
  }

  const query = toUrlSearchParams(await searchParams);
  const after = parseFollowerId(query.get("after"));
  const before = parseFollowerId(query.get("before"));
  const filterQuery = new URLSearchParams(query);
  filterQuery.delete("after");
  filterQuery.delete("before");

  let filter: FollowerFilter | undefined;
  let filterError: string | undefined;
  try {
    filter = parseFollowerFilterQuery(query);
  } catch (error) {
    if (!isAppError(error)) throw error;
    filterError = error.message;
  }

  const base = `/a/${account.handle}/followers`;
  const exportHref = `${base}/export${withCursor(filterQuery)}`;
  const [page, total] = filter
    ? await Promise.all([
        listFollowers({ accountId: account.id, filter, after, before }),
        // Counting is only worth it on the first page; deeper pages keep paging.
        after === undefined && before === undefined ? countFollowers({ accountId: account.id, filter }) : Promise.resolve(null),
      ])
    : [undefined, null];
  const filtered = filter ? isFiltered(filter) : true;
  const atTop = after === undefined && before === undefined;
  const now = new Date();

  let summary: string | undefined;
  if (page && atTop) {
    summary = total
      ? countSummary(total.count, total.isCapped, filtered)
      : countSummary(page.followers.length, page.olderCursor !== undefined, filtered);
  }

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Followers</h1>
          {summary ? (
            <p className="mt-1 text-sm text-slate-600" data-testid="follower-count">
              {summary}
            </p>
          ) : null}
        </div>
        <div className="flex gap-2">
          <Link href={`${base}/import`} className={buttonClass("secondary")}>
            Import CSV
          </Link>
          {/* A plain link: the export is a file download from a route handler, not a page to navigate to. */}
          <a href={exportHref} className={buttonClass("secondary")}>
            Export CSV
          </a>
        </div>
      </header>

      <FollowerFilterForm action={base} query={query} />

      {filterError ? (
        <div role="alert" className="space-y-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          <p>{filterError}</p>
          <Link href={base} className="font-semibold underline">
            Clear filters
          </Link>
        </div>
      ) : null}

      {page && page.followers.length === 0 ? (
        <EmptyState handle={account.handle} base={base} filtered={filtered} atTop={atTop} />
      ) : null}

      {page && page.followers.length > 0 ? (
        <>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
            <table className="min-w-full divide-y divide-slate-200 text-sm" aria-label="Followers">
              <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                <tr>
                  <th scope="col" className="px-3 py-2">Display name</th>
                  <th scope="col" className="px-3 py-2">External id</th>
                  <th scope="col" className="px-3 py-2">Gender</th>
                  <th scope="col" className="px-3 py-2">Age</th>
                  <th scope="col" className="px-3 py-2">Area</th>
                  <th scope="col" className="px-3 py-2">Language</th>
                  <th scope="col" className="px-3 py-2">OS</th>
                  <th scope="col" className="px-3 py-2">Tags</th>
                  <th scope="col" className="px-3 py-2">Status</th>
                  <th scope="col" className="px-3 py-2">Followed at ({account.timezone})</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {page.followers.map((f) => {
                  const band = ageBandOf(f.birthYear, now);
                  return (
                    <tr key={String(f.id)} className="hover:bg-slate-50">
                      <td className="px-3 py-2 font-medium">
                        <Link href={`${base}/${f.id}`} className="text-brand-700 hover:underline">
                          {f.displayName || "(no name)"}
                        </Link>
                      </td>
                      <td className="px-3 py-2 font-mono text-xs">{f.externalId}</td>
                      <td className="px-3 py-2">{genderLabels[f.gender]}</td>
                      <td className="whitespace-nowrap px-3 py-2">{band ? ageBandLabels[band] : "—"}</td>
                      <td className="px-3 py-2">{f.area ?? "—"}</td>
                      <td className="px-3 py-2">{f.language ?? "—"}</td>
                      <td className="px-3 py-2">{osLabels[f.os]}</td>
                      <td className="px-3 py-2">{f.tags.length ? f.tags.join(", ") : "—"}</td>
                      <td className="px-3 py-2">
                        <span className={f.status === "blocked" ? "text-red-700" : undefined}>{statusLabels[f.status]}</span>
                      </td>
                      <td className="whitespace-nowrap px-3 py-2">{formatDateTime(f.followedAt, account.timezone)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <nav className="flex items-center justify-between gap-4 text-sm" aria-label="Pages">
            {page.newerCursor !== undefined ? (
              <Link href={`${base}${withCursor(filterQuery, { before: page.newerCursor })}`} className={buttonClass("secondary")}>
                Previous page
              </Link>
            ) : (
              <span />
            )}
            {page.olderCursor !== undefined ? (
              <Link href={`${base}${withCursor(filterQuery, { after: page.olderCursor })}`} className={buttonClass("secondary")}>
                Next page
              </Link>
            ) : null}
          </nav>
        </>
      ) : null}
    </div>
  );
}

function EmptyState({ handle, base, filtered, atTop }: { handle: string; base: string; filtered: boolean; atTop: boolean }) {
  if (!atTop) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
        <p>No more followers this way.</p>
        <Link href={base} className="mt-2 inline-block font-semibold text-brand-700 hover:underline">
          Back to the newest followers
        </Link>
      </div>
    );
  }
  if (filtered) {
    return (
      <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
        <p>No followers match these filters. Loosen a filter, or clear them all.</p>
        <Link href={base} className="mt-2 inline-block font-semibold text-brand-700 hover:underline">
          Clear filters
        </Link>
      </div>
    );
  }
  return (
    <div className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-sm text-slate-600">
      <p className="text-base font-semibold text-slate-900">No followers yet</p>
      <p>People show up here when they add @{handle} as a friend. To get the first ones:</p>
      <ul className="list-disc space-y-1 pl-5">
        <li>
          Share your add-friend page and QR code at{" "}
          <Link href={`/@${handle}`} className="font-semibold text-brand-700 hover:underline">
            /@{handle}
          </Link>
          .
        </li>
        <li>
          Bring an existing list:{" "}
          <Link href={`${base}/import`} className="font-semibold text-brand-700 hover:underline">
            import a CSV
          </Link>
          .
        </li>
        <li>
          Connect your messaging platform: point its webhook at <code className="rounded bg-slate-100 px-1">/api/platform/webhook/{handle}</code>, signed with
          the channel secret from{" "}
          <Link href={`/a/${handle}/settings`} className="font-semibold text-brand-700 hover:underline">
            Settings
          </Link>
          .
        </li>
      </ul>
    </div>
  );
}
