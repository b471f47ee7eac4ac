import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { applyWebhookEvents } from "@/lib/platform/apply-webhook-events";
import type { SupportedWebhookEvent } from "@/lib/platform/schemas";
import { createTestAccount, createTestUser } from "@/lib/test/factories";

const T0 = Date.UTC(2026, 10, 27);

async function setupAccount() {
  const owner = await createTestUser();
  return createTestAccount({ ownerId: owner.id });
}

function follow(id: string, userId: string, timestamp = T0, profile: Record<string, unknown> = {}): SupportedWebhookEvent {
  return { id, type: "follow", timestamp, source: { userId }, profile } as SupportedWebhookEvent;
}

describe("applyWebhookEvents", () => {
  it("rolls back every event of the batch when one fails in the database", async () => {
    const account = await setupAccount();
    // Past validation, a birth year that overflows the SMALLINT column fails the third event.
    const events = [follow("1", "U-a"), follow("2", "U-b", T0 + 1), follow("3", "U-c", T0 + 2, { birthYear: 99_999 })];
    await expect(applyWebhookEvents({ accountId: account.id, events })).rejects.toThrow();
    expect(await prisma.follower.count({ where: { accountId: account.id } })).toBe(0);
    expect(await prisma.followerActivity.count({ where: { accountId: account.id } })).toBe(0);
    // The ids weren't claimed either, so a corrected redelivery is applied, not skipped as a duplicate.
    expect(await prisma.webhookEvent.count({ where: { accountId: account.id } })).toBe(0);
    const retried = await applyWebhookEvents({ accountId: account.id, events: [follow("1", "U-a"), follow("2", "U-b", T0 + 1), follow("3", "U-c", T0 + 2)] });
    expect(retried).toEqual({ applied: 3, duplicates: 0, ignored: 0 });
  });

  it("applies a batch delivered twice at the same moment exactly once", async () => {
    const account = await setupAccount();
    const events = [follow("a", "U-race"), { id: "b", type: "message", timestamp: T0 + 1, source: { userId: "U-race" }, message: { text: "hi" } } as SupportedWebhookEvent];
    const results = await Promise.all([applyWebhookEvents({ accountId: account.id, events }), applyWebhookEvents({ accountId: account.id, events })]);
    expect(results.map((r) => r.applied).sort()).toEqual([0, 2]);
    expect(results.map((r) => r.duplicates).sort()).toEqual([0, 2]);
    expect(await prisma.follower.count({ where: { accountId: account.id } })).toBe(1);
    expect(await prisma.followerActivity.count({ where: { accountId: account.id } })).toBe(2);
  });

  it("turns two simultaneous first follows of one person (different event ids) into one follower", async () => {
    const account = await setupAccount();
    const results = await Promise.all([
      applyWebhookEvents({ accountId: account.id, events: [follow("x1", "U-twice", T0, { displayName: "One" })] }),
      applyWebhookEvents({ accountId: account.id, events: [follow("x2", "U-twice", T0 + 1, { displayName: "Two" })] }),
    ]);
    expect(results.every((r) => r.applied === 1)).toBe(true);
    expect(await prisma.follower.count({ where: { accountId: account.id, externalId: "U-twice" } })).toBe(1);
  });
});
