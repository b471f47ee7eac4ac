import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addFriend } from "@/lib/platform/add-friend";
import { assertAddFriendAllowed, MAX_ADD_FRIENDS_PER_ADDRESS } from "@/lib/platform/add-friend-throttle";
import { openFriendCookie, sealFriendCookie } from "@/lib/platform/friend-cookie";
import { applyWebhookEvents } from "@/lib/platform/apply-webhook-events";
import { createTestAccount, createTestUser, uniqueSuffix } from "@/lib/test/factories";

async function setupAccount() {
  const owner = await createTestUser();
  return createTestAccount({ ownerId: owner.id });
}

describe("addFriend", () => {
  it("creates a qr follower, and the same browser's re-add finds the same one", async () => {
    const account = await setupAccount();
    const first = await addFriend({ accountId: account.id, rememberedExternalId: null, displayName: "Yui" });
    expect(first.isNew).toBe(true);
    expect(first.externalId).toMatch(/^qr-[0-9a-f]{32}$/);
    const follower = await prisma.follower.findUniqueOrThrow({ where: { inboxToken: first.inboxToken } });
    expect(follower).toMatchObject({ accountId: account.id, source: "qr", status: "following", displayName: "Yui" });

    const again = await addFriend({ accountId: account.id, rememberedExternalId: first.externalId, displayName: "" });
    expect(again).toMatchObject({ isNew: false, inboxToken: first.inboxToken, externalId: first.externalId });
    expect(await prisma.follower.count({ where: { accountId: account.id } })).toBe(1);
    // An empty name on the re-add doesn't wipe the one given before.
    expect((await prisma.follower.findUniqueOrThrow({ where: { id: follower.id } })).displayName).toBe("Yui");

    const otherPhone = await addFriend({ accountId: account.id, rememberedExternalId: null, displayName: "" });
    expect(otherPhone.inboxToken).not.toBe(first.inboxToken);
    expect(await prisma.follower.count({ where: { accountId: account.id } })).toBe(2);
  });

  it("brings back a friend who blocked the account, keeping their history", async () => {
    const account = await setupAccount();
    const added = await addFriend({ accountId: account.id, rememberedExternalId: null, displayName: "" });
    await applyWebhookEvents({
      accountId: account.id,
      events: [{ id: `u-${uniqueSuffix()}`, type: "unfollow", timestamp: Date.now(), source: { userId: added.externalId } }],
    });
    await addFriend({ accountId: account.id, rememberedExternalId: added.externalId, displayName: "", at: new Date(Date.now() + 1000) });
    const follower = await prisma.follower.findUniqueOrThrow({
      where: { inboxToken: added.inboxToken },
      include: { activities: { orderBy: { occurredAt: "asc" } } },
    });
    expect(follower.status).toBe("following");
    expect(follower.activities.map((a) => a.kind)).toEqual(["followed", "unfollowed", "followed"]);
  });
});

describe("friend cookie", () => {
  it("opens only what it sealed, for the same account", () => {
    const sealed = sealFriendCookie("acc-1", "qr-abc");
    expect(openFriendCookie("acc-1", sealed)).toBe("qr-abc");
    expect(openFriendCookie("acc-2", sealed)).toBeNull();
    expect(openFriendCookie("acc-1", "qr-abc")).toBeNull();
    expect(openFriendCookie("acc-1", "U4af4980629.forged")).toBeNull();
    expect(openFriendCookie("acc-1", sealed.replace("qr-abc", "qr-abd"))).toBeNull();
    expect(openFriendCookie("acc-1", undefined)).toBeNull();
  });
});

describe("assertAddFriendAllowed", () => {
  it(`lets ${MAX_ADD_FRIENDS_PER_ADDRESS} adds an hour through per address, then says when to come back`, async () => {
    const address = `203.0.113.${uniqueSuffix()}`;
    for (let i = 0; i < MAX_ADD_FRIENDS_PER_ADDRESS; i += 1) await assertAddFriendAllowed(address);
    const error = await assertAddFriendAllowed(address).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("rate_limited");
    expect((error as AppError).message).toMatch(/^Too many friend-adds from your network in the last hour\. Wait 60 minutes and try again\.$/);
    expect((error as AppError).retryAfterSeconds).toBeGreaterThan(0);
    // Another address is unaffected.
    await expect(assertAddFriendAllowed(`${address}-other`)).resolves.toBeUndefined();
  });
});
