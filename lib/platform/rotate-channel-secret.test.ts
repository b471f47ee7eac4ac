import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { getChannelSecretOrThrow } from "@/lib/platform/get-channel-secret";
import { handlePlatformWebhook } from "@/lib/platform/handle-platform-webhook";
import { rotateChannelSecret } from "@/lib/platform/rotate-channel-secret";
import { signWebhookBody } from "@/lib/platform/verify-webhook-signature";
import { createTestAccount, createTestUser } from "@/lib/test/factories";

function signedRequest(handle: string, secret: string, body: string) {
  return new Request(`http://localhost/api/platform/webhook/${handle}`, {
    method: "POST",
    body,
    headers: { "x-friendcast-signature": signWebhookBody(secret, body) },
  });
}

describe("rotateChannelSecret", () => {
  it("replaces the secret, logs who did it without the secret, and the old signature stops working", async () => {
    const owner = await createTestUser();
    const account = await createTestAccount({ ownerId: owner.id });
    const before = await getChannelSecretOrThrow({ accountId: account.id });

    await rotateChannelSecret({ accountId: account.id, actorId: owner.id });
    const after = await getChannelSecretOrThrow({ accountId: account.id });
    expect(after).toMatch(/^[0-9a-f]{64}$/);
    expect(after).not.toBe(before);

    const log = await prisma.auditLog.findFirstOrThrow({ where: { accountId: account.id, action: "account.channel_secret_rotated" } });
    expect(log.actorId).toBe(owner.id);
    expect(JSON.stringify(log.details)).not.toContain(before);
    expect(JSON.stringify(log.details)).not.toContain(after);

    const body = JSON.stringify({ events: [{ id: "1", type: "follow", timestamp: Date.now(), source: { userId: "U1" } }] });
    await expect(handlePlatformWebhook({ handle: account.handle, request: signedRequest(account.handle, before, body) })).rejects.toMatchObject({
      code: "unauthorized",
    });
    await expect(handlePlatformWebhook({ handle: account.handle, request: signedRequest(account.handle, after, body) })).resolves.toEqual({
      applied: 1,
      duplicates: 0,
      ignored: 0,
    });
  });
});
