"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { ProgressBar } from "@/components/ui/progress-bar";
import { usePoll } from "@/components/ui/use-poll";
import { importStatusLabels } from "@/lib/imports/schemas";

export type ImportProgressView = {
  status: keyof typeof importStatusLabels;
  processed: number;
  estimatedRows: number | null;
  imported: number;
  failed: number;
  error: string | null;
};

const format = (n: number) => n.toLocaleString("en-US");

/** Polls the import's status route while it runs; refreshes the page once it finishes so the links and counts settle. */
export function ImportProgress({ statusUrl, initial, label }: { statusUrl: string; initial: ImportProgressView; label: string }) {
  const [view, setView] = useState(initial);
  const router = useRouter();
  const isActive = view.status === "queued" || view.status === "running";

  usePoll<ImportProgressView>(statusUrl, isActive, (next) => {
    setView(next);
    if (next.status === "completed" || next.status === "failed") {
      router.refresh();
      return false;
    }
    return true;
  });

  const total = view.estimatedRows ?? 0;
  // The total is counted from newlines, so hold at 99% until the job says it's done.
  const percent = view.status === "completed" ? 100 : total > 0 ? Math.min(99, Math.floor((view.processed / total) * 100)) : 0;
  return (
    <div className="space-y-1">
      <ProgressBar
        label={label}
        percent={percent}
        fill={view.status === "failed" ? 100 : percent}
        tone={view.status === "failed" ? "red" : "brand"}
        size="sm"
      />
      <p className="text-sm text-slate-600" aria-live="polite">
        <span className="font-semibold">{importStatusLabels[view.status]}</span>
        {view.status === "queued" ? " · waiting for a worker" : null}
        {view.status === "running" ? ` · ${format(view.processed)} of about ${format(total)} rows (${percent}%)` : null}
        {view.status !== "queued" ? ` · ${format(view.imported)} imported · ${format(view.failed)} skipped` : null}
      </p>
      {view.status === "failed" && view.error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {view.error}
        </p>
      ) : null}
    </div>
  );
}
