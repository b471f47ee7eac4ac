import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createCampaign } from "@/lib/campaigns/create-campaign";
import { sendTestMessage } from "@/lib/campaigns/send-test-message";
import { signGatewayBody } from "@/lib/delivery/sign-gateway-body";
import { GATEWAY_SECRET, seedAccountWithFollowers } from "@/lib/test/fanout-harness";

const mediaId = "0190b5a4-0000-7000-8000-000000000001";
const greeting = { type: "text" as const, text: "Hi {displayName}, <script>alert(1)</script>" };
const picture = { type: "image" as const, url: `/media/${mediaId}.png` };
const messages = [greeting, picture];

/** The image row the bubbles point at, owned by this account (one id, so the previous owner lets go first). */
async function ownImage(accountId: string) {
  await prisma.mediaFile.deleteMany({ where: { id: mediaId } });
  await prisma.mediaFile.create({ data: { id: mediaId, accountId, path: `${accountId}/${mediaId}.png`, mimeType: "image/png", width: 1, height: 1, bytes: 1 } });
}

const envKeys = ["DELIVERY_TRANSPORT", "GATEWAY_URL", "GATEWAY_SECRET", "APP_URL"] as const;
const savedEnv = Object.fromEntries(envKeys.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const key of envKeys) {
    if (savedEnv[key] === undefined) delete process.env[key];
    else process.env[key] = savedEnv[key];
  }
});

async function follower(accountId: string, externalId: string) {
  return prisma.follower.findFirstOrThrow({ where: { accountId, externalId }, select: { id: true } });
}

describe("test send", () => {
  it("writes the bubbles rendered for that follower as a TestMessage (inbox transport), using no quota", async () => {
    process.env.DELIVERY_TRANSPORT = "inbox";
    const { accountId, userId } = await seedAccountWithFollowers(3);
    await ownImage(accountId);
    const draft = await createCampaign({ accountId, actorId: userId, input: { name: "Draft", messages: [greeting], audience: { type: "all" } } });
    const { id } = await follower(accountId, "U2");
    const sent = await sendTestMessage({ accountId, followerId: id, campaignId: draft.id, messages });

    const row = await prisma.testMessage.findUniqueOrThrow({ where: { id: sent.id } });
    expect(row).toMatchObject({ accountId, followerId: id, campaignId: draft.id });
    expect(row.bubbles).toEqual([{ type: "text", text: "Hi Fan 2, <script>alert(1)</script>" }, picture]);
    expect(await prisma.quotaUsage.count({ where: { accountId } })).toBe(0);
  });

  it("refuses a blocked follower, another account's follower and another account's campaign", async () => {
    const mine = await seedAccountWithFollowers(2);
    const theirs = await seedAccountWithFollowers(1);
    const blocked = await follower(mine.accountId, "U1");
    await prisma.follower.update({ where: { id: blocked.id }, data: { status: "blocked" } });
    await expect(sendTestMessage({ accountId: mine.accountId, followerId: blocked.id, campaignId: null, messages })).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringContaining("has blocked the account"),
    });
    const foreign = await follower(theirs.accountId, "U1");
    await expect(sendTestMessage({ accountId: mine.accountId, followerId: foreign.id, campaignId: null, messages })).rejects.toMatchObject({ code: "not_found" });
    const theirDraft = await createCampaign({ accountId: theirs.accountId, actorId: theirs.userId, input: { name: "Theirs", messages: [greeting], audience: { type: "all" } } });
    const ok = await follower(mine.accountId, "U2");
    await ownImage(mine.accountId);
    await expect(sendTestMessage({ accountId: mine.accountId, followerId: ok.id, campaignId: theirDraft.id, messages })).rejects.toMatchObject({ code: "not_found" });
    // Another account's uploaded image can't go out in this account's test either.
    await ownImage(theirs.accountId);
    await expect(sendTestMessage({ accountId: mine.accountId, followerId: ok.id, campaignId: null, messages })).rejects.toMatchObject({ code: "unprocessable" });
    expect(await prisma.testMessage.count({ where: { accountId: mine.accountId } })).toBe(0);
  });

  it("with the http transport, POSTs one signed recipient with its own retry key and absolute image URLs", async () => {
    const received: { headers: IncomingHttpHeaders; body: string }[] = [];
    const gateway = createServer((request, response) => {
      let body = "";
      request.on("data", (chunk) => (body += chunk));
      request.on("end", () => {
        received.push({ headers: request.headers, body });
        response.writeHead(received.length === 1 ? 202 : 400).end(received.length === 1 ? "" : "unknown recipient");
      });
    });
    await new Promise<void>((resolve) => gateway.listen(0, "127.0.0.1", resolve));
    try {
      Object.assign(process.env, {
        DELIVERY_TRANSPORT: "http",
        GATEWAY_URL: `http://127.0.0.1:${(gateway.address() as AddressInfo).port}/send`,
        GATEWAY_SECRET,
        APP_URL: "https://console.example.com/ignored/path",
      });
      const { accountId } = await seedAccountWithFollowers(1);
      await ownImage(accountId);
      const { id } = await follower(accountId, "U1");
      const sent = await sendTestMessage({ accountId, followerId: id, campaignId: null, messages });

      expect(received).toHaveLength(1);
      const { headers, body } = received[0]!;
      expect(headers["x-retry-key"]).toBe(`test-${sent.id}`);
      expect(headers["x-friendcast-signature"]).toBe(signGatewayBody(body, GATEWAY_SECRET));
      expect(JSON.parse(body)).toEqual({
        batchId: `test-${sent.id}`,
        recipients: ["U1"],
        messages: [
          {
            to: "U1",
            bubbles: [
              { type: "text", text: "Hi Fan 1, <script>alert(1)</script>" },
              { type: "image", url: "https://console.example.com/media/0190b5a4-0000-7000-8000-000000000001.png" },
            ],
          },
        ],
      });
      expect(await prisma.testMessage.count({ where: { accountId } })).toBe(1);

      // A refusal is shown to the operator and records nothing.
      await expect(sendTestMessage({ accountId, followerId: id, campaignId: null, messages })).rejects.toMatchObject({
        code: "unavailable",
        message: expect.stringContaining("unknown recipient"),
      });
      expect(await prisma.testMessage.count({ where: { accountId } })).toBe(1);
    } finally {
      gateway.close();
    }
  });
});
