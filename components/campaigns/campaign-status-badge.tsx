import { clsx } from "clsx";
import { campaignStatusLabels } from "@/lib/campaigns/campaign-progress";
import type { CampaignStatus } from "@/lib/campaigns/schemas";

const tones: Record<CampaignStatus, string> = {
  draft: "bg-slate-100 text-slate-700",
  scheduled: "bg-sky-50 text-sky-700",
  sending: "bg-brand-50 text-brand-700",
  paused: "bg-amber-50 text-amber-800",
  sent: "bg-emerald-50 text-emerald-700",
  cancelled: "bg-slate-100 text-slate-500",
  failed: "bg-red-50 text-red-700",
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return (
    <span data-status={status} className={clsx("inline-flex rounded-full px-2 py-0.5 text-xs font-semibold", tones[status])}>
      {campaignStatusLabels[status]}
    </span>
  );
}
