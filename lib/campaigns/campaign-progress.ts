import type { CampaignStatus, CampaignView } from "@/lib/campaigns/schemas";

/** What the campaign page's progress bar shows and polls for. Shared by the server and the browser. */
export type CampaignProgress = {
  status: CampaignStatus;
  scheduledAt: string | null;
  finishedAt: string | null;
  /** Why it failed, when status is failed. */
  error: string | null;
  counters: CampaignView["counters"];
};

/**
 * The progress a page shows from the campaign it already read. The page must not take the
 * progress from a second read: a fast send can finish between the two, and a header saying
 * "Sending" beside a finished (so never polled) bar would stay that way until a reload.
 */
export function progressOfView(view: Pick<CampaignView, "status" | "scheduledAt" | "finishedAt" | "counters">, error: string | null): CampaignProgress {
  return {
    status: view.status,
    scheduledAt: view.scheduledAt,
    finishedAt: view.finishedAt,
    error: view.status === "failed" ? error : null,
    counters: view.counters,
  };
}

/**
 * Still moving: waiting for its time, sending, paused, or cancelled with deliver jobs still
 * marking rows skipped. A finished campaign (or a draft) won't change by itself.
 */
export function isProgressLive(progress: Pick<CampaignProgress, "status" | "finishedAt">): boolean {
  if (progress.finishedAt) return false;
  return ["scheduled", "sending", "paused", "cancelled"].includes(progress.status);
}

/** Handled (sent or failed) out of targeted, 0–100, whole percent; never 100 before every row is handled. */
export function progressPercent({ targeted, sent, failed }: CampaignView["counters"]): number {
  if (targeted <= 0) return 0;
  const done = sent + failed;
  if (done >= targeted) return 100;
  return Math.min(99, Math.floor((done / targeted) * 100));
}

export const campaignStatusLabels: Record<CampaignStatus, string> = {
  draft: "Draft",
  scheduled: "Scheduled",
  sending: "Sending",
  paused: "Paused",
  sent: "Sent",
  cancelled: "Cancelled",
  failed: "Failed",
};
