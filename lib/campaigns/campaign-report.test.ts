import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { isProgressLive, progressPercent } from "@/lib/campaigns/campaign-progress";
import { getCampaignProgressOrThrow } from "@/lib/campaigns/get-campaign-progress";
import { getFailureReasons, UNKNOWN_FAILURE_REASON } from "@/lib/campaigns/get-failure-reasons";
import { getHourlyRates } from "@/lib/campaigns/get-hourly-rates";
import { seedAccountWithFollowers } from "@/lib/test/fanout-harness";

const messages = [{ type: "text" as const, text: "Hello {displayName}" }];

/** Deliveries written as the deliver job leaves them: statuses and gateway reasons per follower. */
async function seedDeliveries(campaignId: string, accountId: string, outcomes: { status: "sent" | "failed"; error?: string }[]) {
  const followers = await prisma.follower.findMany({ where: { accountId }, select: { id: true }, orderBy: { id: "asc" }, take: outcomes.length });
  await prisma.delivery.createMany({
    data: outcomes.map((o, i) => ({ campaignId, followerId: followers[i]!.id, batchNo: 0, status: o.status, error: o.error ?? null })),
  });
}

describe("campaign report", () => {
  it("groups failed deliveries by reason, most frequent first, only for the campaign's own account", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(10);
    const other = await seedAccountWithFollowers(1);
    const campaign = await createCampaign({ accountId, actorId: userId, input: { name: "Report", messages, audience: { type: "all" } } });
    await seedDeliveries(campaign.id, accountId, [
      { status: "sent" },
      { status: "sent", error: "ignored: sent rows never count" },
      { status: "failed", error: "recipient blocked the account" },
      { status: "failed", error: "recipient blocked the account" },
      { status: "failed", error: "recipient blocked the account" },
      { status: "failed", error: "unknown recipient" },
      { status: "failed" },
    ]);

    expect(await getFailureReasons({ accountId, campaignId: campaign.id })).toEqual([
      { reason: "recipient blocked the account", count: 3 },
      { reason: "unknown recipient", count: 1 },
      { reason: UNKNOWN_FAILURE_REASON, count: 1 },
    ]);
    expect(await getFailureReasons({ accountId: other.accountId, campaignId: campaign.id })).toEqual([]);
  });

  it("reads failures through the partial index, not the sent rows", async () => {
    const plan = await prisma.$transaction(async (tx) => {
      // A tiny test table would always be scanned; forbid that to see which index the planner can use.
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT error, count(*) FROM deliveries WHERE campaign_id = '00000000-0000-7000-8000-000000000000'::uuid AND status = 'failed' GROUP BY error`;
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("deliveries_campaign_id_error_failed_idx");
  });

  it("charts cumulative open and click rates per hour, filling quiet hours, scoped to the account", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(3);
    const other = await seedAccountWithFollowers(1);
    const campaign = await createCampaign({ accountId, actorId: userId, input: { name: "Chart", messages, audience: { type: "all" } } });
    const base = Date.UTC(2026, 10, 27, 9);
    await prisma.campaignHourlyStat.createMany({
      data: [
        { campaignId: campaign.id, hour: new Date(base), opened: 40, clicked: 10 },
        { campaignId: campaign.id, hour: new Date(base + 3 * 3_600_000), opened: 10, clicked: 5 },
      ],
    });

    const points = await getHourlyRates({ accountId, campaignId: campaign.id, reach: 200 });
    expect(points).toEqual([
      { hour: "2026-11-27T09:00:00.000Z", opened: 40, clicked: 10, openRate: 20, clickRate: 5 },
      { hour: "2026-11-27T10:00:00.000Z", opened: 0, clicked: 0, openRate: 20, clickRate: 5 },
      { hour: "2026-11-27T11:00:00.000Z", opened: 0, clicked: 0, openRate: 20, clickRate: 5 },
      { hour: "2026-11-27T12:00:00.000Z", opened: 10, clicked: 5, openRate: 25, clickRate: 7.5 },
    ]);
    expect(await getHourlyRates({ accountId: other.accountId, campaignId: campaign.id, reach: 200 })).toEqual([]);
    expect(await getHourlyRates({ accountId, campaignId: campaign.id, reach: 0 })).toMatchObject([{ openRate: 0, clickRate: 0 }, {}, {}, {}]);
  });

  it("reads a campaign's progress only within its account, with the reason when it failed", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(2);
    const other = await seedAccountWithFollowers(1);
    const campaign = await createCampaign({ accountId, actorId: userId, input: { name: "Progress", messages, audience: { type: "all" } } });
    await prisma.campaign.update({
      where: { id: campaign.id },
      data: { status: "failed", error: "The campaign's segment was deleted before it could be sent.", targeted: 2, failed: 2, finishedAt: new Date() },
    });

    const progress = await getCampaignProgressOrThrow({ accountId, campaignId: campaign.id });
    expect(progress).toMatchObject({
      status: "failed",
      error: "The campaign's segment was deleted before it could be sent.",
      counters: { targeted: 2, sent: 0, failed: 2, opened: 0, clicked: 0 },
    });
    expect(isProgressLive(progress)).toBe(false);
    expect(progressPercent(progress.counters)).toBe(100);
    await expect(getCampaignProgressOrThrow({ accountId: other.accountId, campaignId: campaign.id })).rejects.toMatchObject({ code: "not_found" });
  });

  it("counts progress as handled over targeted, never 100% early, and stays live until finished", () => {
    expect(progressPercent({ targeted: 1_000, sent: 999, failed: 0, opened: 0, clicked: 0 })).toBe(99);
    expect(progressPercent({ targeted: 1_000, sent: 990, failed: 10, opened: 0, clicked: 0 })).toBe(100);
    expect(progressPercent({ targeted: 0, sent: 0, failed: 0, opened: 0, clicked: 0 })).toBe(0);
    expect(isProgressLive({ status: "sending", finishedAt: null })).toBe(true);
    // Cancelled mid-send: deliver jobs still mark the rest skipped until it finishes.
    expect(isProgressLive({ status: "cancelled", finishedAt: null })).toBe(true);
    expect(isProgressLive({ status: "cancelled", finishedAt: "2026-11-27T00:00:00.000Z" })).toBe(false);
    expect(isProgressLive({ status: "draft", finishedAt: null })).toBe(false);
  });
});
