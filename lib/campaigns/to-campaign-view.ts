import type { CampaignView } from "@/lib/campaigns/schemas";

export const campaignViewSelect = {
  id: true,
  name: true,
  status: true,
  messages: true,
  audience: true,
  scheduledAt: true,
  startedAt: true,
  finishedAt: true,
  createdAt: true,
  targeted: true,
  sent: true,
  failed: true,
  opened: true,
  clicked: true,
} as const;

type CampaignRow = {
  id: string;
  name: string;
  status: CampaignView["status"];
  messages: unknown;
  audience: unknown;
  scheduledAt: Date | null;
  startedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
  targeted: number;
  sent: number;
  failed: number;
  opened: number;
  clicked: number;
};

/** The API's (and the console's) shape of a campaign. */
export function toCampaignView(row: CampaignRow): CampaignView {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    messages: row.messages as CampaignView["messages"],
    audience: row.audience as CampaignView["audience"],
    scheduledAt: row.scheduledAt?.toISOString() ?? null,
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    counters: { targeted: row.targeted, sent: row.sent, failed: row.failed, opened: row.opened, clicked: row.clicked },
  };
}
