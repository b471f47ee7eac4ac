import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import type { Bubble } from "@/lib/campaigns/schemas";
import { closeQueues } from "@/lib/jobs/queues";
import { formatInboxCursor, listInbox, listInboxChats } from "@/lib/inbox/list-inbox";
import { recordClick } from "@/lib/inbox/record-click";
import { recordOpens } from "@/lib/inbox/record-opens";
import { resolveClick } from "@/lib/inbox/resolve-click";
import { trackedHrefFor } from "@/lib/inbox/tracked-href-for";
import { createTrackingToken, openTrackingToken } from "@/lib/inbox/tracking-token";
import { inboxCursorSchema } from "@/lib/inbox/list-inbox";
import { deliverCampaignNow } from "@/lib/test/deliver-campaign-now";
import { seedAccountWithFollowers } from "@/lib/test/fanout-harness";

afterAll(async () => {
  await closeQueues();
});

const messages: Bubble[] = [
  { type: "text", text: "Hi {displayName}! Sale at https://shop.example/sale and https://shop.example/map" },
  { type: "card", imageUrl: "https://shop.example/card.png", title: "Coupon for {displayName}", text: "10% off", button: { label: "Open", url: "https://shop.example/coupon" } },
];

async function followersOf(accountId: string) {
  const rows = await prisma.follower.findMany({ where: { accountId }, orderBy: { id: "asc" }, select: { id: true, inboxToken: true, displayName: true } });
  return rows;
}

async function deliveryOf(campaignId: string, followerId: bigint) {
  return prisma.delivery.findUniqueOrThrow({ where: { campaignId_followerId: { campaignId, followerId } } });
}

async function counters(campaignId: string) {
  const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: campaignId }, select: { opened: true, clicked: true } });
  const hourly = await prisma.campaignHourlyStat.findMany({ where: { campaignId }, select: { opened: true, clicked: true } });
  return { ...campaign, hourlyOpened: hourly.reduce((s, h) => s + h.opened, 0), hourlyClicked: hourly.reduce((s, h) => s + h.clicked, 0) };
}

describe("follower inbox", () => {
  it("shows each follower only their own personalised messages, newest last, paged by keyset", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(2);
    const [mika, ken] = await followersOf(accountId);
    const first = await deliverCampaignNow({ accountId, actorId: userId, name: "First", messages });
    const second = await deliverCampaignNow({ accountId, actorId: userId, name: "Second", messages: [{ type: "text", text: "Bye {displayName}" }] });
    expect(first.sent).toBe(2);

    const inbox = await listInbox({ token: mika!.inboxToken });
    expect(inbox?.account.name).toBe("Test Café");
    expect(inbox?.messages.map((m) => m.campaignId)).toEqual([first.campaignId, second.campaignId]);
    expect(inbox?.messages[0]!.bubbles[0]).toEqual({ type: "text", text: "Hi Fan 1! Sale at https://shop.example/sale and https://shop.example/map" });
    expect(inbox?.messages[0]!.bubbles[1]).toMatchObject({ type: "card", title: "Coupon for Fan 1" });
    expect(inbox?.olderCursor).toBeNull();

    // Ken's token shows Ken's copies: none of Mika's deliveries, none of her name.
    const kens = await listInbox({ token: ken!.inboxToken });
    const mikasIds = inbox!.messages.map((m) => m.deliveryId);
    expect(kens?.messages.every((m) => !mikasIds.includes(m.deliveryId))).toBe(true);
    expect(JSON.stringify(kens?.messages.map((m) => m.bubbles))).not.toContain("Fan 1");
    expect(kens?.messages[1]!.bubbles[0]).toEqual({ type: "text", text: "Bye Fan 2" });

    // A page of one: the newest, then the older one behind the cursor, then nothing.
    const newest = await listInbox({ token: mika!.inboxToken, limit: 1 });
    expect(newest?.messages.map((m) => m.campaignId)).toEqual([second.campaignId]);
    expect(newest?.olderCursor).toBe(formatInboxCursor(newest!.messages[0]!));
    const older = await listInbox({ token: mika!.inboxToken, limit: 1, before: inboxCursorSchema.parse(newest!.olderCursor) });
    expect(older?.messages.map((m) => m.campaignId)).toEqual([first.campaignId]);
    expect(older?.olderCursor).toBeNull();

    // Another account's follower with the same external id ("U1") is someone else: an empty room.
    const other = await seedAccountWithFollowers(1);
    const [namesake] = await followersOf(other.accountId);
    const theirs = await listInbox({ token: namesake!.inboxToken });
    expect(theirs?.account.handle).toBe(other.handle);
    expect(theirs?.messages).toEqual([]);

    expect(await listInbox({ token: "0".repeat(32) })).toBeNull();
    expect(await listInbox({ token: "not-a-token" })).toBeNull();
  });

  it("lists only the chats of the tokens given, with the last message as preview", async () => {
    const a = await seedAccountWithFollowers(1);
    const b = await seedAccountWithFollowers(1);
    const c = await seedAccountWithFollowers(1);
    await deliverCampaignNow({ accountId: a.accountId, actorId: a.userId, name: "A", messages });
    const [fa] = await followersOf(a.accountId);
    const [fb] = await followersOf(b.accountId);
    const [fc] = await followersOf(c.accountId);
    await prisma.follower.update({ where: { id: fb!.id }, data: { status: "blocked" } });

    const chats = await listInboxChats({ tokens: [fb!.inboxToken, fa!.inboxToken, "f".repeat(32), "junk"] });
    expect(chats.map((chat) => chat.account.handle)).toEqual([a.handle, b.handle]);
    expect(chats[0]).toMatchObject({ token: fa!.inboxToken, isBlocked: false, last: { preview: "[Card] Coupon for Fan 1" } });
    expect(chats[1]).toMatchObject({ token: fb!.inboxToken, isBlocked: true, last: null });
    expect(chats.some((chat) => chat.token === fc!.inboxToken)).toBe(false);
  });
});

describe("opens", () => {
  it("counts a delivery's first open once, in the campaign and its hour, and only for the token's own deliveries", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(2);
    const [mika, ken] = await followersOf(accountId);
    const { campaignId } = await deliverCampaignNow({ accountId, actorId: userId, name: "Opens", messages });
    const mikas = await deliveryOf(campaignId, mika!.id);
    const kens = await deliveryOf(campaignId, ken!.id);

    // Mika's token can't open Ken's delivery.
    expect(await recordOpens({ token: mika!.inboxToken, deliveryIds: [kens.id.toString()] })).toBe(0);
    expect((await deliveryOf(campaignId, ken!.id)).openedAt).toBeNull();
    expect(await counters(campaignId)).toEqual({ opened: 0, clicked: 0, hourlyOpened: 0, hourlyClicked: 0 });

    expect(await recordOpens({ token: mika!.inboxToken, deliveryIds: [mikas.id.toString(), kens.id.toString()] })).toBe(1);
    expect(await recordOpens({ token: mika!.inboxToken, deliveryIds: [mikas.id.toString()] })).toBe(0);
    expect((await deliveryOf(campaignId, mika!.id)).openedAt).toBeInstanceOf(Date);
    expect(await counters(campaignId)).toEqual({ opened: 1, clicked: 0, hourlyOpened: 1, hourlyClicked: 0 });

    // Simultaneous beacons from two tabs still count one open per delivery.
    const results = await Promise.all([1, 2, 3].map(() => recordOpens({ token: ken!.inboxToken, deliveryIds: [kens.id.toString()] })));
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await counters(campaignId)).toEqual({ opened: 2, clicked: 0, hourlyOpened: 2, hourlyClicked: 0 });

    const hour = await prisma.campaignHourlyStat.findFirstOrThrow({ where: { campaignId } });
    const now = new Date();
    expect(hour.hour.toISOString()).toBe(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), now.getUTCHours())).toISOString());
  });
});

describe("click tracking", () => {
  it("signs links so an altered token opens nothing", () => {
    const token = createTrackingToken({ deliveryId: 42n, bubbleIndex: 1, linkIndex: 0 });
    expect(openTrackingToken(token)).toEqual({ deliveryId: 42n, bubbleIndex: 1, linkIndex: 0 });
    const signature = token.slice(token.lastIndexOf(".") + 1);
    for (const altered of [`43.1.0.${signature}`, `42.0.0.${signature}`, `42.1.1.${signature}`, `42.1.0.${signature.slice(0, -1)}A`, "42.1.0", "", `https://evil.example.${signature}`]) {
      expect(openTrackingToken(altered), altered).toBeNull();
    }
  });

  it("resolves only the campaign's own links, records the first click (and the open it implies)", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(1);
    const [mika] = await followersOf(accountId);
    const { campaignId } = await deliverCampaignNow({ accountId, actorId: userId, name: "Clicks", messages });
    const delivery = await deliveryOf(campaignId, mika!.id);

    expect(await resolveClick({ deliveryId: delivery.id, bubbleIndex: 0, linkIndex: 1 })).toBe("https://shop.example/map");
    expect(await resolveClick({ deliveryId: delivery.id, bubbleIndex: 1, linkIndex: 0 })).toBe("https://shop.example/coupon");
    expect(await resolveClick({ deliveryId: delivery.id, bubbleIndex: 1, linkIndex: 1 })).toBeNull();
    expect(await resolveClick({ deliveryId: delivery.id, bubbleIndex: 5, linkIndex: 0 })).toBeNull();
    expect(await resolveClick({ deliveryId: 9_000_000_000_000n, bubbleIndex: 0, linkIndex: 0 })).toBeNull();

    expect(await recordClick({ deliveryId: delivery.id })).toBe(true);
    expect(await recordClick({ deliveryId: delivery.id })).toBe(false);
    const after = await deliveryOf(campaignId, mika!.id);
    expect(after.clickedAt).toBeInstanceOf(Date);
    expect(after.openedAt).toBeInstanceOf(Date);
    expect(await counters(campaignId)).toEqual({ opened: 1, clicked: 1, hourlyOpened: 1, hourlyClicked: 1 });
    // The open the click implied isn't counted again when the beacon arrives.
    expect(await recordOpens({ token: mika!.inboxToken, deliveryIds: [delivery.id.toString()] })).toBe(0);
  });

  it("tracks the links a follower sees by position, and leaves a name that looks like a URL untracked", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(1);
    const [mika] = await followersOf(accountId);
    await prisma.follower.update({ where: { id: mika!.id }, data: { displayName: "https://evil.example/x" } });
    const { campaignId } = await deliverCampaignNow({ accountId, actorId: userId, name: "Names", messages });
    const inbox = await listInbox({ token: mika!.inboxToken });
    const message = inbox!.messages.find((m) => m.campaignId === campaignId)!;
    const hrefFor = trackedHrefFor(message);

    // The card's button: tracked, and the token resolves back to the campaign's own URL.
    const cardHref = hrefFor(1, "https://shop.example/coupon");
    expect(cardHref).toMatch(/^\/r\//);
    expect(await resolveClick(openTrackingToken(cardHref.slice(3))!)).toBe("https://shop.example/coupon");
    // The text bubble shows three links (the name added one): not the campaign's, so no token for any.
    expect(hrefFor(0, "https://evil.example/x")).toBe("https://evil.example/x");
    expect(hrefFor(0, "https://shop.example/sale")).toBe("https://shop.example/sale");
  });

  it("fills {displayName} in a campaign URL encoded, so a name can't change where the link goes", async () => {
    const { accountId, userId } = await seedAccountWithFollowers(1);
    const [mika] = await followersOf(accountId);
    await prisma.follower.update({ where: { id: mika!.id }, data: { displayName: "a/../../@evil.example#" } });
    const { campaignId } = await deliverCampaignNow({
      accountId,
      actorId: userId,
      name: "Personal URL",
      messages: [{ type: "text", text: "Yours: https://shop.example/u?name={displayName}" }],
    });
    const delivery = await deliveryOf(campaignId, mika!.id);
    const url = new URL((await resolveClick({ deliveryId: delivery.id, bubbleIndex: 0, linkIndex: 0 }))!);
    expect(url.host).toBe("shop.example");
    expect(url.pathname).toBe("/u");
    expect(url.searchParams.get("name")).toBe("a/../../@evil.example#");
  });
});
