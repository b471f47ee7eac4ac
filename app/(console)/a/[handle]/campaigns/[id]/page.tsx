import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BubbleList } from "@/components/chat/bubble-list";
import { CampaignStatusBadge } from "@/components/campaigns/campaign-status-badge";
import { buttonClass } from "@/components/ui/button-class";
import { Card } from "@/components/ui/card";
import { forbiddenMessage, getAccountContextOrNotFound } from "@/lib/auth/require-role";
import { can } from "@/lib/auth/roles";
import { progressOfView } from "@/lib/campaigns/campaign-progress";
import { getCampaignOrThrow } from "@/lib/campaigns/get-campaign";
import { getCampaignProgressOrThrow } from "@/lib/campaigns/get-campaign-progress";
import { getFailureReasons } from "@/lib/campaigns/get-failure-reasons";
import { getHourlyRates } from "@/lib/campaigns/get-hourly-rates";
import { parseCampaignId } from "@/lib/campaigns/parse-campaign-id";
import { toLocalDateTime } from "@/lib/dates/local-date-time";
import { isAppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/followers/format-date-time";
import { CampaignControls } from "./campaign-controls";
import { CampaignProgressPanel } from "./campaign-progress-panel";
import { RatesChart } from "./rates-chart";

export const metadata: Metadata = { title: "Campaign" };

const format = (n: number) => n.toLocaleString("en-US");
const percentOf = (count: number, of: number) => (of > 0 ? `${(Math.round((count / of) * 1000) / 10).toLocaleString("en-US")}%` : "—");

/** A malformed id and another account's id get the same 404 page as a missing one. */
async function findCampaign(accountId: string, id: string) {
  try {
    return await getCampaignOrThrow({ accountId, campaignId: parseCampaignId(id) });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return null;
    throw error;
  }
}

export default async function CampaignPage({ params }: { params: Promise<{ handle: string; id: string }> }) {
  const { handle, id } = await params;
  const { account, role } = await getAccountContextOrNotFound({ handle });
  if (!can(role, "reports.view")) {
    return <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{forbiddenMessage(role, "reports.view")}</p>;
  }
  const campaign = await findCampaign(account.id, id);
  if (!campaign) notFound();

  const base = `/a/${account.handle}/campaigns`;
  const tz = account.timezone;
  const at = (iso: string | null) => (iso ? `${formatDateTime(new Date(iso), tz)}` : "—");
  const isDraft = campaign.status === "draft";
  const canControl = ["scheduled", "sending", "paused"].includes(campaign.status);
  const { counters } = campaign;
  const [failures, points, latest] = isDraft
    ? [[], [], null]
    : await Promise.all([
        getFailureReasons({ accountId: account.id, campaignId: campaign.id }),
        getHourlyRates({ accountId: account.id, campaignId: campaign.id, reach: counters.sent }),
        getCampaignProgressOrThrow({ accountId: account.id, campaignId: campaign.id }),
      ]);
  // Read after the campaign, so a failed campaign's reason is there; everything else comes from
  // the one campaign snapshot the header and controls show (see progressOfView).
  const progress = latest ? progressOfView(campaign, latest.error) : null;

  return (
    <div className="max-w-5xl space-y-6">
      <p className="text-sm">
        <Link href={base} className="text-brand-700 hover:underline">
          ← Campaigns
        </Link>
      </p>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold">{campaign.name}</h1>
          <CampaignStatusBadge status={campaign.status} />
        </div>
        <p className="text-sm text-slate-600">
          {campaign.audience.type === "all" ? "All followers" : "A segment of your followers"} · times in {tz}
          {campaign.scheduledAt ? ` · scheduled for ${at(campaign.scheduledAt)}` : null}
          {campaign.startedAt ? ` · started ${at(campaign.startedAt)}` : null}
          {campaign.finishedAt ? ` · finished ${at(campaign.finishedAt)}` : null}
        </p>
      </header>

      {isDraft || !progress ? (
        <Card title="Draft">
          <p className="text-sm text-slate-600">This campaign hasn&apos;t been sent. Edit it to change the messages, audience or time, then send it.</p>
          {can(role, "campaigns.compose") ? (
            <Link href={`${base}/${campaign.id}/edit`} className={`${buttonClass()} mt-4`}>
              Edit draft
            </Link>
          ) : (
            <p className="mt-2 text-sm text-slate-500">{forbiddenMessage(role, "campaigns.compose")}</p>
          )}
        </Card>
      ) : (
        <Card title="Progress">
          <div className="space-y-6">
            <CampaignProgressPanel progressUrl={`${base}/${campaign.id}/progress`} initial={progress} />
            {canControl ? (
              <CampaignControls
                handle={account.handle}
                campaignId={campaign.id}
                status={campaign.status}
                disabledReason={can(role, "campaigns.send") ? null : forbiddenMessage(role, "campaigns.send")}
                timezone={tz}
                scheduledAtLocal={campaign.scheduledAt ? toLocalDateTime(new Date(campaign.scheduledAt), tz) : null}
                nowLocal={toLocalDateTime(new Date(), tz)}
              />
            ) : null}
          </div>
        </Card>
      )}

      {isDraft ? null : (
        <section aria-labelledby="report-heading" className="space-y-4">
          <h2 id="report-heading" className="text-lg font-semibold">
            Report
          </h2>
          <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
            {[
              ["Delivered", format(counters.sent)],
              ["Failed", format(counters.failed)],
              ["Open rate", percentOf(counters.opened, counters.sent)],
              ["Click rate", percentOf(counters.clicked, counters.sent)],
            ].map(([label, value]) => (
              <div key={label} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
                <dd className="text-2xl font-semibold tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <Card title="Open and click rate over time" description="Unique opens and clicks so far, as a share of delivered messages, by hour.">
            {points.length > 0 ? (
              <RatesChart points={points} timezone={tz} />
            ) : (
              <p className="text-sm text-slate-600">No opens or clicks yet.</p>
            )}
          </Card>
          <Card title="Failed deliveries by reason">
            {failures.length === 0 ? (
              <p className="text-sm text-slate-600">No failed deliveries.</p>
            ) : (
              <table className="w-full text-left text-sm" aria-label="Failed deliveries by reason">
                <thead className="text-xs uppercase tracking-wide text-slate-500">
                  <tr>
                    <th scope="col" className="py-2">Reason</th>
                    <th scope="col" className="py-2 text-right">Followers</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {failures.map((f) => (
                    <tr key={f.reason}>
                      <td className="py-2">{f.reason}</td>
                      <td className="py-2 text-right tabular-nums">{format(f.count)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </Card>
        </section>
      )}

      <Card
        title={isDraft ? "Messages" : "The message as sent"}
        description={
          isDraft
            ? "{displayName} is shown as written; each follower will see their own name there (or “friend” when they shared none)."
            : "{displayName} is shown as written; each follower saw their own name there (or “friend” when they shared none)."
        }
      >
        <div className="max-w-sm rounded-xl bg-sky-100 p-4">
          <BubbleList bubbles={campaign.messages} avatar={account.name.slice(0, 1).toUpperCase()} />
        </div>
      </Card>
    </div>
  );
}
