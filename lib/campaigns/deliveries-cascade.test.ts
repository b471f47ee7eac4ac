import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { deliverCampaignNow } from "@/lib/test/deliver-campaign-now";
import { seedAccountWithFollowers } from "@/lib/test/fanout-harness";

// deliveries has no foreign keys (they cost more than the row on the fan-out path); triggers keep
// the cascade they gave. Without them, these rows would outlive their campaign and follower.
describe("deliveries without foreign keys", () => {
  it("go with their follower, their campaign, and their account", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(30);
    const messages = [{ type: "text" as const, text: "Hi {displayName}" }];
    const first = await deliverCampaignNow({ accountId, actorId: userId, name: "First", messages });
    const second = await deliverCampaignNow({ accountId, actorId: userId, name: "Second", messages });
    const count = (where: object) => prisma.delivery.count({ where });
    expect(await count({ campaignId: { in: [first.campaignId, second.campaignId] } })).toBe(60);

    const follower = await prisma.follower.findFirstOrThrow({ where: { accountId }, select: { id: true } });
    await prisma.follower.delete({ where: { id: follower.id } });
    expect(await count({ followerId: follower.id })).toBe(0);
    expect(await count({ campaignId: { in: [first.campaignId, second.campaignId] } })).toBe(58);

    await prisma.campaign.delete({ where: { id: first.campaignId } });
    expect(await count({ campaignId: first.campaignId })).toBe(0);
    expect(await count({ campaignId: second.campaignId })).toBe(29);

    // Deleting the account cascades to its campaigns through a foreign key; the trigger still fires.
    await prisma.account.delete({ where: { id: accountId } });
    expect(await count({ campaignId: second.campaignId })).toBe(0);
  });
});
