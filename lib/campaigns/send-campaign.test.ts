import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { cancelCampaign } from "@/lib/campaigns/cancel-campaign";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { sendCampaign } from "@/lib/campaigns/send-campaign";
import { getQuotaMonth } from "@/lib/quota/get-quota-month";
import { seedAccountWithFollowers } from "@/lib/test/fanout-harness";

const messages = [{ type: "text" as const, text: "Hello {displayName}" }];

async function reserved(accountId: string) {
  const usage = await prisma.quotaUsage.findUnique({ where: { accountId_month: { accountId, month: getQuotaMonth(new Date(), "Asia/Tokyo") } } });
  return usage?.reserved ?? 0;
}

describe("sending a campaign", () => {
  it("reserves quota atomically: 5 parallel sends of 60 against 200 → exactly 3 succeed", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(60, "free");
    const drafts = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createCampaign({ accountId, actorId: userId, input: { name: `Race ${i}`, messages, audience: { type: "all" } } })),
    );
    const results = await Promise.allSettled(drafts.map((d) => sendCampaign({ accountId, campaignId: d.id, actorId: userId })));

    const sent = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(sent).toHaveLength(3);
    expect(refused.map((r) => r.reason.code)).toEqual(["unprocessable", "unprocessable"]);
    expect(refused[0]!.reason.message).toContain("This send needs 60 messages but only 20 remain this month on the Free plan");
    expect(await reserved(accountId)).toBe(180);
    expect(await prisma.campaign.count({ where: { accountId, status: "scheduled" } })).toBe(3);
    expect(await prisma.campaign.count({ where: { accountId, status: "draft" } })).toBe(2);

    // Cancelling a scheduled send gives its whole reservation back.
    for (const r of sent) await cancelCampaign({ accountId, campaignId: (r as PromiseFulfilledResult<{ id: string }>).value.id, actorId: userId });
    expect(await reserved(accountId)).toBe(0);
  });

  it("freezes the audience: a segment's following followers, counted at send", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(50, "light");
    await prisma.$executeRaw`UPDATE followers SET gender = 'female' WHERE account_id = ${accountId}::uuid AND external_id IN ('U1','U2','U3','U4')`;
    await prisma.$executeRaw`UPDATE followers SET status = 'blocked' WHERE account_id = ${accountId}::uuid AND external_id = 'U4'`;
    const segment = await prisma.segment.create({ data: { accountId, name: "Women", rule: { genders: ["female"] } } });
    const campaign = await createCampaign({
      accountId,
      actorId: userId,
      input: { name: "Segment", messages, audience: { type: "segment", segmentId: segment.id }, send: true },
    });
    const row = await prisma.campaign.findUniqueOrThrow({ where: { id: campaign.id } });
    expect(row).toMatchObject({ status: "scheduled", targeted: 3, quotaReserved: 3 });
    await cancelCampaign({ accountId, campaignId: campaign.id, actorId: userId });
  });

  it("refuses a past schedule, another account's segment, and a second send, leaving nothing behind", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(5);
    const other = await seedAccountWithFollowers(1);
    const foreign = await prisma.segment.create({ data: { accountId: other.accountId, name: "Theirs", rule: {} } });

    await expect(
      createCampaign({ accountId, actorId: userId, input: { name: "Past", messages, audience: { type: "all" }, scheduledAt: new Date(Date.now() - 60_000), send: true } }),
    ).rejects.toMatchObject({ code: "unprocessable" });
    await expect(
      createCampaign({ accountId, actorId: userId, input: { name: "Foreign", messages, audience: { type: "segment", segmentId: foreign.id }, send: true } }),
    ).rejects.toMatchObject({ code: "not_found" });
    expect(await prisma.campaign.count({ where: { accountId } })).toBe(0);

    const scheduledAt = new Date(Date.now() + 3_600_000);
    const later = await createCampaign({ accountId, actorId: userId, input: { name: "Later", messages, audience: { type: "all" }, scheduledAt, send: true } });
    expect(later.status).toBe("scheduled");
    await expect(sendCampaign({ accountId, campaignId: later.id, actorId: userId })).rejects.toMatchObject({ code: "conflict" });
    await expect(sendCampaign({ accountId: other.accountId, campaignId: later.id, actorId: other.userId })).rejects.toMatchObject({ code: "not_found" });
    await cancelCampaign({ accountId, campaignId: later.id, actorId: userId });
  });

  it("refuses an audience nobody in follows", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(0);
    await expect(
      createCampaign({ accountId, actorId: userId, input: { name: "Empty", messages, audience: { type: "all" }, send: true } }),
    ).rejects.toMatchObject({ code: "unprocessable", message: expect.stringContaining("Nobody in this audience") });
  });
});
