import type { Metadata } from "next";
import Link from "next/link";
import { clsx } from "clsx";
import { CampaignStatusBadge } from "@/components/campaigns/campaign-status-badge";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { campaignStatusLabels } from "@/lib/campaigns/campaign-progress";
import { listCampaigns } from "@/lib/campaigns/list-campaigns";
import { campaignStatuses, type CampaignStatus, type CampaignView } from "@/lib/campaigns/schemas";
import { formatDateTime } from "@/lib/followers/format-date-time";

export const metadata: Metadata = { title: "Campaigns" };

const PAGE_SIZE = 25;
const format = (n: number) => n.toLocaleString("en-US");

type SearchParams = Promise<{ status?: string | string[]; after?: string | string[] }>;

/** The time that matters for the row: when it went out (or will), else when it was created. */
function whenOf(campaign: CampaignView): { label: string; at: string } {
  if (campaign.status === "scheduled" && campaign.scheduledAt) return { label: "Scheduled for", at: campaign.scheduledAt };
  if (campaign.startedAt) return { label: "Sent", at: campaign.startedAt };
  if (campaign.scheduledAt) return { label: "Was scheduled for", at: campaign.scheduledAt };
  return { label: "Created", at: campaign.createdAt };
}

export default async function CampaignsPage({ params, searchParams }: { params: Promise<{ handle: string }>; searchParams: SearchParams }) {
  const { handle } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  if (!can(role, "reports.view")) {
    return <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{forbiddenMessage(role, "reports.view")}</p>;
  }
  const query = await searchParams;
  const rawStatus = typeof query.status === "string" ? query.status : undefined;
  // An unknown status in the URL shows every campaign rather than an error page: it's only a filter.
  const status = campaignStatuses.find((s) => s === rawStatus) as CampaignStatus | undefined;
  const rawAfter = typeof query.after === "string" ? query.after : undefined;
  const after = rawAfter && /^[0-9a-f-]{36}$/i.test(rawAfter) ? rawAfter : undefined;
  const { campaigns, nextCursor } = await listCampaigns({ accountId: account.id, status, cursor: after, limit: PAGE_SIZE });
  const base = `/a/${account.handle}/campaigns`;
  const canCompose = can(role, "campaigns.compose");
  const filterHref = (s?: CampaignStatus) => (s ? `${base}?status=${s}` : base);

  return (
    <div className="max-w-6xl space-y-6">
      <header className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">Campaigns</h1>
          <p className="mt-1 text-sm text-slate-600">Newest first. Times are in the account&apos;s timezone ({account.timezone}).</p>
        </div>
        {canCompose ? (
          <Link href={`${base}/new`} className={buttonClass()}>
            New campaign
          </Link>
        ) : (
          <div className="text-right">
            <button type="button" disabled className={buttonClass()} aria-describedby="new-campaign-reason">
              New campaign
            </button>
            <p id="new-campaign-reason" className="mt-1 max-w-xs text-xs text-slate-500">
              {forbiddenMessage(role, "campaigns.compose")}
            </p>
          </div>
        )}
      </header>

      <nav aria-label="Filter by status" className="flex flex-wrap gap-2">
        {[undefined, ...campaignStatuses].map((s) => (
          <Link
            key={s ?? "all"}
            href={filterHref(s)}
            aria-current={s === status ? "page" : undefined}
            className={clsx(
              "rounded-full border px-3 py-1 text-sm",
              s === status ? "border-brand-500 bg-brand-50 font-semibold text-brand-700" : "border-slate-200 bg-white text-slate-700 hover:bg-slate-50",
            )}
          >
            {s ? campaignStatusLabels[s] : "All"}
          </Link>
        ))}
      </nav>

      {campaigns.length === 0 ? (
        <Card>
          <p className="text-sm text-slate-600">
            {status ? `No ${campaignStatusLabels[status].toLowerCase()} campaigns.` : "No campaigns yet."}{" "}
            {canCompose ? "A campaign sends 1–5 message bubbles to all your followers or a segment, now or at a time you choose." : null}
          </p>
        </Card>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
          <table className="w-full text-left text-sm" aria-label="Campaigns">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase tracking-wide text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-3">Name</th>
                <th scope="col" className="px-4 py-3">Status</th>
                <th scope="col" className="px-4 py-3">When</th>
                <th scope="col" className="px-4 py-3 text-right">Reach</th>
                <th scope="col" className="px-4 py-3 text-right">Sent</th>
                <th scope="col" className="px-4 py-3 text-right">Failed</th>
                <th scope="col" className="px-4 py-3 text-right">Opened</th>
                <th scope="col" className="px-4 py-3 text-right">Clicked</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {campaigns.map((campaign) => {
                const when = whenOf(campaign);
                const isDraft = campaign.status === "draft";
                return (
                  <tr key={campaign.id}>
                    <th scope="row" className="px-4 py-3 font-medium">
                      <Link href={`${base}/${campaign.id}`} className="text-brand-700 hover:underline">
                        {campaign.name}
                      </Link>
                    </th>
                    <td className="px-4 py-3">
                      <CampaignStatusBadge status={campaign.status} />
                    </td>
                    <td className="whitespace-nowrap px-4 py-3 text-slate-600">
                      <span className="text-xs text-slate-500">{when.label}</span> {formatDateTime(new Date(when.at), account.timezone)}
                    </td>
                    <td className="px-4 py-3 text-right tabular-nums">{isDraft ? "—" : format(campaign.counters.targeted)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{format(campaign.counters.sent)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{format(campaign.counters.failed)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{format(campaign.counters.opened)}</td>
                    <td className="px-4 py-3 text-right tabular-nums">{format(campaign.counters.clicked)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <nav aria-label="Pages" className="flex gap-3 text-sm">
        {after ? (
          <Link href={filterHref(status)} className="text-brand-700 hover:underline">
            ← Newest
          </Link>
        ) : null}
        {nextCursor ? (
          <Link href={`${base}?${new URLSearchParams({ ...(status ? { status } : {}), after: nextCursor })}`} className="text-brand-700 hover:underline">
            Older →
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
