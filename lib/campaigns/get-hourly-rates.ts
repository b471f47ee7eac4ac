import "server-only";
import { prisma } from "@/lib/db";

export type HourlyRatePoint = {
  /** Start of the UTC hour, ISO. */
  hour: string;
  opened: number;
  clicked: number;
  /** Cumulative unique opens so far over the campaign's reach, in percent (0–100, one decimal). */
  openRate: number;
  clickRate: number;
};

/** At most this many hours are charted: two weeks covers nearly every campaign's opens. */
const MAX_HOURS = 24 * 14;

const rate = (count: number, of: number) => (of > 0 ? Math.round((count / of) * 1000) / 10 : 0);

/**
 * Open and click rate over time for the report's chart, from campaign_hourly_stats (a few rows per
 * campaign, never a scan of deliveries). Hours without activity are filled with zero counts so the
 * line keeps its shape between first and last activity. Rates are cumulative over `reach` (the
 * campaign's delivered count), which is what "open rate" means once a campaign is done.
 */
export async function getHourlyRates({ accountId, campaignId, reach }: { accountId: string; campaignId: string; reach: number }): Promise<HourlyRatePoint[]> {
  const rows = await prisma.campaignHourlyStat.findMany({
    where: { campaignId, campaign: { accountId } },
    select: { hour: true, opened: true, clicked: true },
    orderBy: { hour: "asc" },
    take: MAX_HOURS,
  });
  if (rows.length === 0) return [];
  const byHour = new Map(rows.map((row) => [row.hour.getTime(), row]));
  const first = rows[0]!.hour.getTime();
  const last = Math.min(rows.at(-1)!.hour.getTime(), first + (MAX_HOURS - 1) * 3_600_000);
  const points: HourlyRatePoint[] = [];
  let opened = 0;
  let clicked = 0;
  for (let at = first; at <= last; at += 3_600_000) {
    const row = byHour.get(at);
    opened += row?.opened ?? 0;
    clicked += row?.clicked ?? 0;
    points.push({ hour: new Date(at).toISOString(), opened: row?.opened ?? 0, clicked: row?.clicked ?? 0, openRate: rate(opened, reach), clickRate: rate(clicked, reach) });
  }
  return points;
}
