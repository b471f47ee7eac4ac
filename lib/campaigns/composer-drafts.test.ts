import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { countAudienceReach } from "@/lib/campaigns/count-audience-reach";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { getDraftCampaignOrThrow } from "@/lib/campaigns/get-draft-campaign-or-throw";
import { sendCampaign } from "@/lib/campaigns/send-campaign";
import { cancelCampaign } from "@/lib/campaigns/cancel-campaign";
import { updateDraftCampaign } from "@/lib/campaigns/update-draft-campaign";
import { getQuotaMonth } from "@/lib/quota/get-quota-month";
import { getQuotaStatus } from "@/lib/quota/get-quota-status";
import { seedAccountWithFollowers } from "@/lib/test/fanout-harness";

const messages = [{ type: "text" as const, text: "Hello {displayName}" }];

describe("composer drafts", () => {
  it("saves over a draft, reads it back, and refuses once it is sent", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(3);
    const draft = await createCampaign({ accountId, actorId: userId, input: { name: "First", messages, audience: { type: "all" } } });
    const scheduledAt = new Date(Date.now() + 86_400_000);
    await updateDraftCampaign({
      accountId,
      campaignId: draft.id,
      actorId: userId,
      input: { name: "Second", messages: [...messages, { type: "image", url: "https://example.com/a.png" }], audience: { type: "all" }, scheduledAt },
    });
    const read = await getDraftCampaignOrThrow({ accountId, campaignId: draft.id });
    expect(read.draft).toMatchObject({ name: "Second", scheduledAt, messages: [messages[0], { type: "image", url: "https://example.com/a.png" }] });

    await sendCampaign({ accountId, campaignId: draft.id, actorId: userId });
    expect(await getDraftCampaignOrThrow({ accountId, campaignId: draft.id })).toEqual({ status: "scheduled", draft: null });
    await expect(
      updateDraftCampaign({ accountId, campaignId: draft.id, actorId: userId, input: { name: "Third", messages, audience: { type: "all" } } }),
    ).rejects.toMatchObject({ code: "conflict", message: expect.stringContaining("Only a draft can be edited; this campaign is scheduled") });
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: draft.id } })).name).toBe("Second");
    await cancelCampaign({ accountId, campaignId: draft.id, actorId: userId });
  });

  it("answers another account's draft, segment and uploaded image as missing, changing nothing", async () => {
    const mine = await seedAccountWithFollowers(1);
    const theirs = await seedAccountWithFollowers(1);
    const draft = await createCampaign({ accountId: mine.accountId, actorId: mine.userId, input: { name: "Mine", messages, audience: { type: "all" } } });
    const input = { name: "Hijack", messages, audience: { type: "all" as const } };

    await expect(updateDraftCampaign({ accountId: theirs.accountId, campaignId: draft.id, actorId: theirs.userId, input })).rejects.toMatchObject({ code: "not_found" });
    await expect(getDraftCampaignOrThrow({ accountId: theirs.accountId, campaignId: draft.id })).rejects.toMatchObject({ code: "not_found" });

    const foreignSegment = await prisma.segment.create({ data: { accountId: theirs.accountId, name: "Theirs", rule: {} } });
    await expect(
      updateDraftCampaign({ accountId: mine.accountId, campaignId: draft.id, actorId: mine.userId, input: { ...input, audience: { type: "segment", segmentId: foreignSegment.id } } }),
    ).rejects.toMatchObject({ code: "not_found" });

    const foreignImage = await prisma.mediaFile.create({
      data: { accountId: theirs.accountId, path: `${theirs.accountId}/x.png`, mimeType: "image/png", width: 1, height: 1, bytes: 1 },
    });
    await expect(
      updateDraftCampaign({
        accountId: mine.accountId,
        campaignId: draft.id,
        actorId: mine.userId,
        input: { ...input, messages: [{ type: "image", url: `/media/${foreignImage.id}.png` }] },
      }),
    ).rejects.toMatchObject({ code: "unprocessable", message: expect.stringContaining("isn't in this account") });
    expect((await prisma.campaign.findUniqueOrThrow({ where: { id: draft.id } })).name).toBe("Mine");
  });

  it("counts reach as the send freezes it, and the month's remaining quota", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(12, "free");
    await prisma.$executeRaw`UPDATE followers SET status = 'blocked' WHERE account_id = ${accountId}::uuid AND external_id = 'U1'`;
    expect(await countAudienceReach({ accountId, audience: { type: "all" } })).toBe(11);

    const month = getQuotaMonth(new Date(), "Asia/Tokyo");
    expect(await getQuotaStatus({ accountId, plan: "free", month })).toEqual({ month, quota: 200, reserved: 0, remaining: 200 });
    const sent = await createCampaign({ accountId, actorId: userId, input: { name: "All", messages, audience: { type: "all" }, send: true } });
    expect(await getQuotaStatus({ accountId, plan: "free", month })).toEqual({ month, quota: 200, reserved: 11, remaining: 189 });
    await cancelCampaign({ accountId, campaignId: sent.id, actorId: userId });
  });
});
