import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { createTestAccount, createTestUser, uniqueSuffix } from "@/lib/test/factories";
import { POST } from "./route";

async function setupAccount() {
  const owner = await createTestUser();
  const account = await createTestAccount({ ownerId: owner.id });
  const { channelSecret } = await prisma.account.findUniqueOrThrow({ where: { id: account.id }, select: { channelSecret: true } });
  return { ...account, channelSecret };
}

function sign(secret: string, body: string | Uint8Array) {
  return createHmac("sha256", secret).update(body).digest("base64");
}

function post(handle: string, body: string | ReadableStream<Uint8Array>, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/platform/webhook/${handle}`, {
    method: "POST",
    body,
    headers: { "content-type": "application/json", ...headers },
    ...(typeof body === "string" ? {} : { duplex: "half" }),
  } as RequestInit);
  return POST(request, { params: Promise.resolve({ handle }) });
}

function postSigned(account: { handle: string; channelSecret: string }, payload: unknown) {
  const body = JSON.stringify(payload);
  return post(account.handle, body, { "x-friendcast-signature": sign(account.channelSecret, body) });
}

type Body = { ok?: boolean; applied?: number; duplicates?: number; ignored?: number; error?: { code: string; message: string } };

async function json(response: Response): Promise<Body> {
  return (await response.json()) as Body;
}

const T0 = Date.UTC(2026, 10, 27, 0, 0, 0);

function counts(accountId: string) {
  return Promise.all([
    prisma.follower.count({ where: { accountId } }),
    prisma.followerActivity.count({ where: { accountId } }),
    prisma.webhookEvent.count({ where: { accountId } }),
  ]);
}

describe("POST /api/platform/webhook/[handle]", () => {
  it("applies a signed follow with its profile and answers with counts", async () => {
    const account = await setupAccount();
    const userId = `U${uniqueSuffix()}`;
    const response = await postSigned(account, {
      events: [
        {
          id: "ev-1",
          type: "follow",
          timestamp: T0,
          source: { userId },
          profile: { displayName: "Mika", gender: "female", birthYear: 1996, area: "Tokyo", language: "ja", os: "ios" },
        },
      ],
    });
    expect(response.status).toBe(200);
    expect(await json(response)).toEqual({ ok: true, applied: 1, duplicates: 0, ignored: 0 });
    const follower = await prisma.follower.findUniqueOrThrow({ where: { accountId_externalId: { accountId: account.id, externalId: userId } } });
    expect(follower).toMatchObject({ displayName: "Mika", gender: "female", birthYear: 1996, area: "Tokyo", language: "ja", os: "ios", status: "following", source: "webhook" });
    expect(follower.followedAt.getTime()).toBe(T0);
  });

  it("refuses a missing or wrong signature with 401 and applies nothing", async () => {
    const account = await setupAccount();
    const body = JSON.stringify({ events: [{ id: "ev-1", type: "follow", timestamp: T0, source: { userId: "U1" } }] });

    const missing = await post(account.handle, body);
    expect(missing.status).toBe(401);
    expect((await json(missing)).error?.message).toContain("X-Friendcast-Signature header is missing");

    const wrongKey = await post(account.handle, body, { "x-friendcast-signature": sign("not-the-secret", body) });
    expect(wrongKey.status).toBe(401);
    expect((await json(wrongKey)).error?.code).toBe("unauthorized");

    // Signed, then altered by one byte: the raw body is what's signed.
    const tampered = await post(account.handle, body.replace("U1", "U2"), { "x-friendcast-signature": sign(account.channelSecret, body) });
    expect(tampered.status).toBe(401);

    const garbage = await post(account.handle, body, { "x-friendcast-signature": "short" });
    expect(garbage.status).toBe(401);

    expect(await counts(account.id)).toEqual([0, 0, 0]);
  });

  it("refuses a body signed with another account's secret (401), even with a valid signature for that account", async () => {
    const a = await setupAccount();
    const b = await setupAccount();
    const body = JSON.stringify({ events: [{ id: "ev-1", type: "follow", timestamp: T0, source: { userId: "U1" } }] });
    const response = await post(b.handle, body, { "x-friendcast-signature": sign(a.channelSecret, body) });
    expect(response.status).toBe(401);
    expect(await counts(a.id)).toEqual([0, 0, 0]);
    expect(await counts(b.id)).toEqual([0, 0, 0]);
  });

  it("answers an unknown handle and a malformed one with the same 404", async () => {
    const body = JSON.stringify({ events: [] });
    const unknown = await post(`nobody-${uniqueSuffix()}`, body, { "x-friendcast-signature": "x" });
    const malformed = await post("NO!such handle", body, { "x-friendcast-signature": "x" });
    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(404);
    expect(await unknown.json()).toEqual(await malformed.json());
  });

  it("treats a redelivered event id as a no-op", async () => {
    const account = await setupAccount();
    const payload = {
      events: [
        { id: "ev-f", type: "follow", timestamp: T0, source: { userId: "U1" } },
        { id: "ev-m", type: "message", timestamp: T0 + 1000, source: { userId: "U1" }, message: { text: "coupon?" } },
      ],
    };
    expect(await json(await postSigned(account, payload))).toEqual({ ok: true, applied: 2, duplicates: 0, ignored: 0 });
    const before = await counts(account.id);
    expect(before).toEqual([1, 2, 2]);

    const replay = await postSigned(account, payload);
    expect(replay.status).toBe(200);
    expect(await json(replay)).toEqual({ ok: true, applied: 0, duplicates: 2, ignored: 0 });
    expect(await counts(account.id)).toEqual(before);

    // The same id twice inside one batch counts once.
    const twice = await postSigned(account, {
      events: [
        { id: "ev-p", type: "postback", timestamp: T0 + 2000, source: { userId: "U1" }, postback: { data: "a=1" } },
        { id: "ev-p", type: "postback", timestamp: T0 + 2000, source: { userId: "U1" }, postback: { data: "a=1" } },
      ],
    });
    expect(await json(twice)).toEqual({ ok: true, applied: 1, duplicates: 1, ignored: 0 });
  });

  it("keeps history through follow → unfollow → follow again", async () => {
    const account = await setupAccount();
    const where = { accountId_externalId: { accountId: account.id, externalId: "U-history" } };
    await postSigned(account, { events: [{ id: "1", type: "follow", timestamp: T0, source: { userId: "U-history" }, profile: { displayName: "Ken" } }] });
    await postSigned(account, { events: [{ id: "2", type: "unfollow", timestamp: T0 + 60_000, source: { userId: "U-history" } }] });
    const blocked = await prisma.follower.findUniqueOrThrow({ where });
    expect(blocked.status).toBe("blocked");
    expect(blocked.unfollowedAt?.getTime()).toBe(T0 + 60_000);
    expect(blocked.displayName).toBe("Ken");

    await postSigned(account, { events: [{ id: "3", type: "follow", timestamp: T0 + 120_000, source: { userId: "U-history" } }] });
    const back = await prisma.follower.findUniqueOrThrow({ where, include: { activities: { orderBy: { occurredAt: "asc" } } } });
    expect(back.id).toBe(blocked.id);
    expect(back.status).toBe("following");
    expect(back.unfollowedAt).toBeNull();
    expect(back.followedAt.getTime()).toBe(T0 + 120_000);
    expect(back.activities.map((a) => a.kind)).toEqual(["followed", "unfollowed", "followed"]);
  });

  it("applies a batch in timestamp order, not array order", async () => {
    const account = await setupAccount();
    const response = await postSigned(account, {
      events: [
        { id: "b", type: "unfollow", timestamp: T0 + 5000, source: { userId: "U-order" } },
        { id: "a", type: "follow", timestamp: T0, source: { userId: "U-order" } },
      ],
    });
    expect(await json(response)).toEqual({ ok: true, applied: 2, duplicates: 0, ignored: 0 });
    const follower = await prisma.follower.findUniqueOrThrow({ where: { accountId_externalId: { accountId: account.id, externalId: "U-order" } } });
    expect(follower.status).toBe("blocked");
  });

  it("ignores a late follow older than the unfollow already applied", async () => {
    const account = await setupAccount();
    await postSigned(account, { events: [{ id: "1", type: "follow", timestamp: T0, source: { userId: "U-late" } }] });
    await postSigned(account, { events: [{ id: "3", type: "unfollow", timestamp: T0 + 10_000, source: { userId: "U-late" } }] });
    const late = await postSigned(account, { events: [{ id: "2", type: "follow", timestamp: T0 + 5000, source: { userId: "U-late" } }] });
    expect(await json(late)).toEqual({ ok: true, applied: 0, duplicates: 0, ignored: 1 });
    const follower = await prisma.follower.findUniqueOrThrow({ where: { accountId_externalId: { accountId: account.id, externalId: "U-late" } } });
    expect(follower.status).toBe("blocked");
  });

  it("records messages and postbacks and moves lastInteractionAt forward only", async () => {
    const account = await setupAccount();
    await postSigned(account, {
      events: [
        { id: "f", type: "follow", timestamp: T0, source: { userId: "U-talk" } },
        { id: "m", type: "message", timestamp: T0 + 9000, source: { userId: "U-talk" }, message: { text: "coupon?" } },
        { id: "p", type: "postback", timestamp: T0 + 3000, source: { userId: "U-talk" }, postback: { data: "action=claim&coupon=c1" } },
      ],
    });
    const follower = await prisma.follower.findUniqueOrThrow({
      where: { accountId_externalId: { accountId: account.id, externalId: "U-talk" } },
      include: { activities: { orderBy: { occurredAt: "asc" } } },
    });
    expect(follower.lastInteractionAt?.getTime()).toBe(T0 + 9000);
    expect(follower.activities.map((a) => [a.kind, a.detail])).toEqual([
      ["followed", { source: "webhook" }],
      ["postback", { data: "action=claim&coupon=c1" }],
      ["message", { text: "coupon?" }],
    ]);
  });

  it("ignores unfollows and messages for people it never saw, and creates no follower", async () => {
    const account = await setupAccount();
    const response = await postSigned(account, {
      events: [
        { id: "u", type: "unfollow", timestamp: T0, source: { userId: "U-ghost" } },
        { id: "m", type: "message", timestamp: T0 + 1, source: { userId: "U-ghost" }, message: { text: "hi" } },
      ],
    });
    expect(await json(response)).toEqual({ ok: true, applied: 0, duplicates: 0, ignored: 2 });
    expect(await counts(account.id)).toEqual([0, 0, 2]);
  });

  it("refuses malformed JSON and invalid events with a 400 naming the field", async () => {
    const account = await setupAccount();
    const notJson = "{ events: [";
    const bad = await post(account.handle, notJson, { "x-friendcast-signature": sign(account.channelSecret, notJson) });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error?.message).toContain("must be UTF-8 JSON");

    const cases: [unknown, string][] = [
      [{}, "events: Required"],
      [{ events: [] }, "events: must hold at least one event"],
      [{ events: [{ id: "x", type: "follow", timestamp: T0, source: {} }] }, "events[0].source.userId: Required"],
      [{ events: [{ id: "x", type: "wave", timestamp: T0, source: { userId: "U" } }] }, "events[0].type:"],
      [{ events: [{ id: "x", type: "follow", timestamp: "yesterday", source: { userId: "U" } }] }, "events[0].timestamp: must be a number"],
      [{ events: [{ id: "x", type: "follow", timestamp: T0, source: { userId: "U" }, profile: { gender: "other" } }] }, "events[0].profile.gender: gender must be female, male or unknown"],
      [{ events: [{ id: "x", type: "message", timestamp: T0, source: { userId: "U" } }] }, "events[0].message: Required"],
      [{ events: [{ id: "x", type: "message", timestamp: T0, source: { userId: "U" }, message: { text: "a\u0000b" } }] }, "events[0].message.text: must not contain the NUL character"],
      [{ events: [{ id: "x", type: "follow", timestamp: T0, source: { userId: "U" }, profile: { displayName: "\u0000" } }] }, "events[0].profile.displayName: must not contain the NUL character"],
      [{ events: Array.from({ length: 101 }, (_, i) => ({ id: `e${i}`, type: "unfollow", timestamp: T0, source: { userId: "U" } })) }, "events: must hold at most 100 events"],
    ];
    for (const [payload, message] of cases) {
      const response = await postSigned(account, payload);
      expect(response.status, message).toBe(400);
      expect((await json(response)).error?.message, message).toContain(message);
    }
    expect(await counts(account.id)).toEqual([0, 0, 0]);
  });

  it("refuses stamp events with a 400 that says why, rather than dropping them", async () => {
    const account = await setupAccount();
    const response = await postSigned(account, {
      events: [
        { id: "f", type: "follow", timestamp: T0, source: { userId: "U-stamp" } },
        { id: "s", type: "stamp_download", timestamp: T0 + 1, source: { userId: "U-stamp" } },
      ],
    });
    expect(response.status).toBe(400);
    expect((await json(response)).error?.message).toMatch(/^events\[1\]\.type: stamp_download events aren't accepted yet/);
    expect(await counts(account.id)).toEqual([0, 0, 0]);
  });

  it("applies nothing when one event of a batch is invalid", async () => {
    const account = await setupAccount();
    const events = [
      { id: "1", type: "follow", timestamp: T0, source: { userId: "U-a" } },
      { id: "2", type: "follow", timestamp: T0, source: { userId: "U-b" } },
      { id: "3", type: "follow", timestamp: T0, source: { userId: "" } },
      { id: "4", type: "follow", timestamp: T0, source: { userId: "U-c" } },
    ];
    const response = await postSigned(account, { events });
    expect(response.status).toBe(400);
    expect((await json(response)).error?.message).toBe("events[2].source.userId: must not be empty");
    expect(await counts(account.id)).toEqual([0, 0, 0]);
  });

  it("refuses a body over 1 MB by Content-Length and while reading a body without one", async () => {
    const account = await setupAccount();
    const big = JSON.stringify({ events: [{ id: "1", type: "message", timestamp: T0, source: { userId: "U" }, message: { text: "x".repeat(1024 * 1024) } }] });
    const declared = await post(account.handle, big, { "x-friendcast-signature": sign(account.channelSecret, big) });
    expect(declared.status).toBe(413);
    expect((await json(declared)).error?.code).toBe("payload_too_large");

    // A chunked body has no Content-Length; it must be cut off while being read, long before its end.
    const total = 16 * 1024 * 1024;
    const chunk = new Uint8Array(64 * 1024).fill(0x20);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= total) return controller.close();
        controller.enqueue(chunk);
        sent += chunk.byteLength;
      },
    });
    const chunked = await post(account.handle, stream, { "x-friendcast-signature": "unchecked: the size fails first" });
    expect(chunked.status).toBe(413);
    expect(sent).toBeLessThan(total / 2);
    expect(await counts(account.id)).toEqual([0, 0, 0]);
  });
});
