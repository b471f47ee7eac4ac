"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { ProgressBar } from "@/components/ui/progress-bar";
import { usePoll } from "@/components/ui/use-poll";
import { isProgressLive, progressPercent, type CampaignProgress } from "@/lib/campaigns/campaign-progress";

const format = (n: number) => n.toLocaleString("en-US");

const counterLabels = [
  ["targeted", "Targeted"],
  ["sent", "Sent"],
  ["failed", "Failed"],
  ["opened", "Opened"],
  ["clicked", "Clicked"],
] as const;

/**
 * The live progress bar and counters. Polls the campaign's progress route while it can still
 * change; when the status moves (started, paused, finished) it refreshes the page so the buttons
 * and the report follow, and stops polling once the campaign is final.
 */
export function CampaignProgressPanel({ progressUrl, initial }: { progressUrl: string; initial: CampaignProgress }) {
  const [progress, setProgress] = useState(initial);
  const router = useRouter();
  const lastShape = useRef(`${initial.status}|${initial.finishedAt}`);
  const isLive = isProgressLive(progress);

  // A server refresh (after an action) hands down newer props: take them.
  useEffect(() => {
    setProgress(initial);
    lastShape.current = `${initial.status}|${initial.finishedAt}`;
  }, [initial]);

  usePoll<CampaignProgress>(progressUrl, isLive, (next) => {
    setProgress(next);
    const shape = `${next.status}|${next.finishedAt}`;
    if (shape !== lastShape.current) {
      lastShape.current = shape;
      router.refresh();
    }
    return isProgressLive(next);
  });

  const { counters } = progress;
  const percent = progressPercent(counters);
  return (
    <div className="space-y-4">
      <div className="space-y-1">
        <ProgressBar label="Delivery progress" percent={percent} tone={progress.status === "paused" ? "amber" : "brand"} />
        <p className="text-sm text-slate-600" aria-live="polite">
          {format(counters.sent + counters.failed)} of {format(counters.targeted)} handled ({percent}%)
          {isLive ? <span className="text-slate-400"> · updating live</span> : null}
        </p>
      </div>
      {progress.status === "failed" && progress.error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {progress.error}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5">
        {counterLabels.map(([key, label]) => (
          <div key={key} className="rounded-md border border-slate-200 bg-white px-3 py-2">
            <dt className="text-xs uppercase tracking-wide text-slate-500">{label}</dt>
            <dd data-counter={key} className="text-xl font-semibold tabular-nums">
              {format(counters[key])}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
