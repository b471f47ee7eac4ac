import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { checkCampaignReferences } from "@/lib/campaigns/check-campaign-references";
import { getDeliveryConfig } from "@/lib/delivery/get-transport";
import { postToGateway } from "@/lib/delivery/post-to-gateway";
import { renderBubbles } from "@/lib/delivery/render-bubbles";
import type { Bubble } from "@/lib/campaigns/schemas";

/**
 * Sends the composer's bubbles to one follower, rendered for them, before the real send. Uses no
 * quota (one message to check the look is not a broadcast) and no campaign counters. With the inbox
 * transport the TestMessage row IS the delivery (the follower's inbox reads it); with http the gateway
 * gets a one-recipient batch whose retry key is the test message's id, then the row records it.
 * The caller has checked campaigns.compose.
 */
export async function sendTestMessage({
  accountId,
  followerId,
  campaignId,
  messages,
}: {
  accountId: string;
  followerId: bigint;
  campaignId: string | null;
  messages: Bubble[];
}) {
  const follower = await prisma.follower.findFirst({
    where: { id: followerId, accountId },
    select: { id: true, externalId: true, displayName: true, status: true },
  });
  if (!follower) throw new AppError("not_found", "There is no such follower in this account. Search again by name or external id.");
  if (follower.status !== "following") {
    throw new AppError("unprocessable", `${follower.displayName ?? follower.externalId} has blocked the account and can't receive messages. Choose another follower.`);
  }
  if (campaignId) {
    const campaign = await prisma.campaign.findFirst({ where: { id: campaignId, accountId }, select: { id: true } });
    if (!campaign) throw new AppError("not_found", "There is no such campaign in this account. Check the id.");
  }
  // A test shows exactly what the send would: the same rule that another account's images can't be used.
  await checkCampaignReferences(prisma, { accountId, audience: { type: "all" }, messages });
  const displayName = follower.displayName ?? "";
  const bubbles = renderBubbles(messages, { displayName });
  const id = randomUUID();
  const config = getDeliveryConfig();
  if (config.transport === "http") {
    const answer = await postToGateway(config.gateway, { batchId: `test-${id}`, recipients: [{ externalId: follower.externalId, displayName }], bubbles: messages });
    if (!(answer.status >= 200 && answer.status < 300) && answer.status !== 409) {
      throw new AppError("unavailable", `The gateway refused the test message (${answer.status}): ${answer.text.slice(0, 200) || answer.statusText}. Try again.`);
    }
  }
  await prisma.testMessage.create({ data: { id, accountId, followerId: follower.id, campaignId, bubbles } });
  return { id, to: { id: follower.id, externalId: follower.externalId, displayName: follower.displayName } };
}
