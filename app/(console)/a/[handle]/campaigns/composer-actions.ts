"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireRole } from "@/lib/auth/require-role";
import { AppError, toAppError } from "@/lib/errors";
import { countAudienceReach } from "@/lib/campaigns/count-audience-reach";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { fromLocalDateTime, toLocalDateTime } from "@/lib/dates/local-date-time";
import { parseCampaignId } from "@/lib/campaigns/parse-campaign-id";
import { audienceSchema, composerInputSchema, testSendSchema, type ComposerInput } from "@/lib/campaigns/schemas";
import { searchTestRecipients } from "@/lib/campaigns/search-test-recipients";
import { sendCampaign } from "@/lib/campaigns/send-campaign";
import { sendTestMessage } from "@/lib/campaigns/send-test-message";
import { updateDraftCampaign } from "@/lib/campaigns/update-draft-campaign";
import { getQuotaMonth } from "@/lib/quota/get-quota-month";
import { getQuotaStatus } from "@/lib/quota/get-quota-status";
import type { AccountContext } from "@/lib/auth/require-role";

export type ComposerResult =
  | { status: "ok"; message: string; campaignId?: string }
  | { status: "error"; message: string; fields?: Record<string, string>; campaignId?: string };

export type SendPlan =
  | { status: "ok"; reach: number; uses: number; remaining: number; quota: number; month: string; sendAt: string | null; fits: boolean; refusal?: string }
  | { status: "error"; message: string; fields?: Record<string, string> };

const format = (n: number) => n.toLocaleString("en-US");

function toErrorResult(error: unknown): { status: "error"; message: string; fields?: Record<string, string> } {
  const appError = toAppError(error);
  if (!appError) throw error;
  return { status: "error", message: appError.message, fields: appError.fields };
}

/** Zod once at the boundary: field paths ("messages.0.text") let the composer put each message by its field. */
function parseComposerInput(raw: unknown): ComposerInput {
  const parsed = composerInputSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join(".") || "form"] ??= issue.message;
  throw new AppError("unprocessable", "Some fields need fixing. See the messages next to them.", { fields });
}

function toDraftInput(input: ComposerInput, timezone: string) {
  const scheduledAt = input.scheduledAt ? fromLocalDateTime(input.scheduledAt, timezone) : undefined;
  if (scheduledAt && scheduledAt.getTime() <= Date.now()) {
    throw new AppError("unprocessable", `${input.scheduledAt.replace("T", " ")} (${timezone}) has already passed. Choose a later time, or send now.`, {
      fields: { scheduledAt: "Choose a time in the future." },
    });
  }
  return { name: input.name, messages: input.messages, audience: input.audience, scheduledAt };
}

async function saveDraft({ account, user }: AccountContext, campaignId: string | null, raw: unknown) {
  const input = toDraftInput(parseComposerInput(raw), account.timezone);
  if (campaignId) {
    await updateDraftCampaign({ accountId: account.id, campaignId: parseCampaignId(campaignId), actorId: user.id, input });
    return campaignId;
  }
  const created = await createCampaign({ accountId: account.id, actorId: user.id, input: { ...input, send: false } });
  return created.id;
}

export async function saveDraftAction(handle: string, campaignId: string | null, raw: unknown): Promise<ComposerResult> {
  try {
    const context = await requireRole({ handle, permission: "campaigns.compose" });
    const id = await saveDraft(context, campaignId, raw);
    // No revalidatePath: campaign pages render per request, and refreshing the route here would
    // remount the composer (its URL has just become the draft's) and drop what it shows.
    return { status: "ok", message: "Draft saved.", campaignId: id };
  } catch (error) {
    return toErrorResult(error);
  }
}

/** The live reach next to the audience picker. */
export async function estimateAudienceAction(handle: string, rawAudience: unknown): Promise<{ status: "ok"; reach: number } | { status: "error"; message: string }> {
  try {
    const { account } = await requireRole({ handle, permission: "campaigns.compose" });
    const audience = audienceSchema.parse(rawAudience);
    return { status: "ok", reach: await countAudienceReach({ accountId: account.id, audience }) };
  } catch (error) {
    const appError = toAppError(error);
    if (appError) return { status: "error", message: appError.message };
    if (error instanceof z.ZodError) return { status: "error", message: "Choose all followers or a segment." };
    throw error;
  }
}

/**
 * The confirm step's numbers: reach, what is left of the quota in the month the send falls in, and
 * what it will use. Only advice — the send reserves the quota atomically and refuses on its own.
 */
export async function planSendAction(handle: string, raw: unknown): Promise<SendPlan> {
  try {
    const { account } = await requireRole({ handle, permission: "campaigns.send" });
    const input = toDraftInput(parseComposerInput(raw), account.timezone);
    const month = getQuotaMonth(input.scheduledAt ?? new Date(), account.timezone);
    const [reach, quota] = await Promise.all([
      countAudienceReach({ accountId: account.id, audience: input.audience }),
      getQuotaStatus({ accountId: account.id, plan: account.plan, month }),
    ]);
    const refusal =
      reach === 0
        ? "Nobody in this audience follows the account right now. Choose another audience."
        : reach > quota.remaining
          ? `This send needs ${format(reach)} messages but only ${format(quota.remaining)} of ${format(quota.quota)} remain for ${month}. Narrow the audience with a segment, wait until next month, or upgrade the plan.`
          : undefined;
    return {
      status: "ok",
      reach,
      uses: reach,
      remaining: quota.remaining,
      quota: quota.quota,
      month,
      sendAt: input.scheduledAt ? toLocalDateTime(input.scheduledAt, account.timezone).replace("T", " ") : null,
      fits: refusal === undefined,
      refusal,
    };
  } catch (error) {
    return toErrorResult(error);
  }
}

/**
 * Saves the composer's fields, then sends or schedules the draft. The save and the send are two
 * transactions on purpose: a refused send (quota, empty audience) keeps the edits as a draft to fix.
 */
export async function sendCampaignAction(handle: string, campaignId: string | null, raw: unknown): Promise<ComposerResult> {
  let sentId: string;
  let savedId: string | undefined = campaignId ?? undefined;
  try {
    const context = await requireRole({ handle, permission: "campaigns.send" });
    savedId = await saveDraft(context, campaignId, raw);
    await sendCampaign({ accountId: context.account.id, campaignId: savedId, actorId: context.user.id });
    revalidatePath(`/a/${context.account.handle}/campaigns`, "layout");
    sentId = savedId;
  } catch (error) {
    return { ...toErrorResult(error), campaignId: savedId };
  }
  redirect(`/a/${encodeURIComponent(handle)}/campaigns/${sentId}`);
}

export type TestRecipientSearch =
  | { status: "ok"; matches: Awaited<ReturnType<typeof searchTestRecipients>> }
  | { status: "error"; message: string };

export async function searchTestRecipientsAction(handle: string, query: string): Promise<TestRecipientSearch> {
  try {
    const { account } = await requireRole({ handle, permission: "campaigns.compose" });
    return { status: "ok", matches: await searchTestRecipients({ accountId: account.id, query: z.string().max(100).catch("").parse(query) }) };
  } catch (error) {
    return toErrorResult(error);
  }
}

export async function sendTestAction(handle: string, campaignId: string | null, raw: unknown): Promise<ComposerResult> {
  try {
    const { account } = await requireRole({ handle, permission: "campaigns.compose" });
    const parsed = testSendSchema.safeParse(raw);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      throw new AppError("unprocessable", first.path[0] === "followerId" ? first.message : "Fix the messages before sending a test.");
    }
    const sent = await sendTestMessage({
      accountId: account.id,
      followerId: parsed.data.followerId,
      campaignId: campaignId ? parseCampaignId(campaignId) : null,
      messages: parsed.data.messages,
    });
    return { status: "ok", message: `Test sent to ${sent.to.displayName ?? sent.to.externalId} (${sent.to.externalId}).` };
  } catch (error) {
    return toErrorResult(error);
  }
}
