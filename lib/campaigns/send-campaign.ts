import "server-only";
import { prisma } from "@/lib/db";
import { enqueuePlan } from "@/lib/campaigns/enqueue-plan";
import { freezeAndSchedule } from "@/lib/campaigns/freeze-and-schedule";

/** Sends a draft (now or at its scheduled time). The caller has checked campaigns.send. */
export async function sendCampaign({ accountId, campaignId, actorId }: { accountId: string; campaignId: string; actorId: string | null }) {
  const result = await prisma.$transaction((tx) => freezeAndSchedule(tx, { accountId, campaignId, actorId }));
  await enqueuePlan({ campaignId, scheduledAt: result.scheduledAt });
  return { id: campaignId, status: result.status, targeted: result.targeted };
}
