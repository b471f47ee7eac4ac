"use client";
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { HourlyRatePoint } from "@/lib/campaigns/get-hourly-rates";

/** Open and click rate (cumulative, % of delivered) per hour; hours labelled in the account's timezone. */
export function RatesChart({ points, timezone }: { points: HourlyRatePoint[]; timezone: string }) {
  const label = new Intl.DateTimeFormat("en-US", { timeZone: timezone, month: "short", day: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const data = points.map((p) => ({ ...p, label: label.format(new Date(p.hour)) }));
  return (
    <figure aria-label="Open and click rate over time" className="h-72 w-full">
      <LineChart data={data} responsive style={{ width: "100%", height: "100%" }} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={24} />
        <YAxis unit="%" tick={{ fontSize: 12 }} domain={[0, "auto"]} width={48} />
        <Tooltip formatter={(value) => `${value}%`} />
        <Legend />
        {/* No animation: the chart is a report, and a screenshot must show the final lines. */}
        <Line type="monotone" dataKey="openRate" name="Open rate" stroke="#06c755" strokeWidth={2} dot={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="clickRate" name="Click rate" stroke="#0369a1" strokeWidth={2} dot={false} isAnimationActive={false} />
      </LineChart>
    </figure>
  );
}
