"use server";
import { revalidatePath } from "next/cache";
import { requireRole } from "@/lib/auth/require-role";
import { cancelCampaign } from "@/lib/campaigns/cancel-campaign";
import { parseCampaignId } from "@/lib/campaigns/parse-campaign-id";
import { pauseCampaign } from "@/lib/campaigns/pause-campaign";
import { rescheduleCampaign } from "@/lib/campaigns/reschedule-campaign";
import { resumeCampaign } from "@/lib/campaigns/resume-campaign";
import { rescheduleFormSchema } from "@/lib/campaigns/schemas";
import { fromLocalDateTime } from "@/lib/dates/local-date-time";
import { AppError } from "@/lib/errors";
import { formatDateTime } from "@/lib/followers/format-date-time";
import { parseForm, runFormAction, type ActionState } from "@/lib/forms/action-state";

function refresh(handle: string, campaignId: string) {
  revalidatePath(`/a/${handle}/campaigns`);
  revalidatePath(`/a/${handle}/campaigns/${campaignId}`);
}

type Transition = (input: { accountId: string; campaignId: string; actorId: string | null }) => Promise<unknown>;

/** Pause, resume and cancel: the same role check, id parse and refresh around one guarded transition. */
function runTransition(handle: string, id: string, formData: FormData, transition: Transition, done: string): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account, user } = await requireRole({ handle, permission: "campaigns.send" });
    const campaignId = parseCampaignId(id);
    await transition({ accountId: account.id, campaignId, actorId: user.id });
    refresh(account.handle, campaignId);
    return done;
  });
}

export async function pauseCampaignAction(handle: string, id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runTransition(handle, id, formData, pauseCampaign, "Paused. Batches already at the gateway finish; the rest wait until you resume.");
}

export async function resumeCampaignAction(handle: string, id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runTransition(handle, id, formData, resumeCampaign, "Resumed.");
}

export async function cancelCampaignAction(handle: string, id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runTransition(handle, id, formData, cancelCampaign, "Cancelled. Followers who haven't received it yet won't.");
}

export async function rescheduleCampaignAction(handle: string, id: string, _prev: ActionState, formData: FormData): Promise<ActionState> {
  return runFormAction(formData, async () => {
    const { account, user } = await requireRole({ handle, permission: "campaigns.send" });
    const campaignId = parseCampaignId(id);
    const { scheduledAt: local } = parseForm(rescheduleFormSchema, formData);
    const scheduledAt = fromLocalDateTime(local, account.timezone);
    if (scheduledAt.getTime() <= Date.now()) {
      throw new AppError("unprocessable", "The new time is in the past. Choose a time later than now.", {
        fields: { scheduledAt: `must be later than now (${formatDateTime(new Date(), account.timezone)} in ${account.timezone})` },
      });
    }
    await rescheduleCampaign({ accountId: account.id, campaignId, actorId: user.id, scheduledAt });
    refresh(account.handle, campaignId);
    return `Rescheduled for ${formatDateTime(scheduledAt, account.timezone)} (${account.timezone}).`;
  });
}
