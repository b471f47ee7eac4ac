import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { generateToken, hashToken } from "@/lib/api-tokens/hash-token";
import { seedAccountWithFollowers } from "@/lib/test/fanout-harness";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/campaigns/route";
import { GET as getRoute } from "@/app/api/v1/campaigns/[id]/route";
import { POST as pauseRoute } from "@/app/api/v1/campaigns/[id]/pause/route";
import { POST as resumeRoute } from "@/app/api/v1/campaigns/[id]/resume/route";
import { POST as cancelRoute } from "@/app/api/v1/campaigns/[id]/cancel/route";
import { POST as sendRoute } from "@/app/api/v1/campaigns/[id]/send/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";

async function tokenFor(accountId: string) {
  const token = generateToken();
  await prisma.apiToken.create({ data: { accountId, name: "test", prefix: token.slice(0, 8), tokenHash: hashToken(token) } });
  return token;
}

function call(token: string, method: string, path: string, body?: unknown) {
  return new Request(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const none = ctx({} as Record<string, never>);

describe("/api/v1/campaigns", () => {
  it("creates, reads and lists a campaign; refuses bad input with a message naming the field", async () => {
    const { accountId } = await seedAccountWithFollowers(3);
    const token = await tokenFor(accountId);

    const created = await createRoute(call(token, "POST", "/api/v1/campaigns", { name: "Sale", messages: [{ type: "text", text: "Hi {displayName}" }], audience: { type: "all" } }), none);
    expect(created.status).toBe(201);
    const { id, status } = await created.json();
    expect(status).toBe("draft");

    const read = await getRoute(call(token, "GET", `/api/v1/campaigns/${id}`), ctx({ id }));
    expect(await read.json()).toMatchObject({ id, status: "draft", counters: { targeted: 0, sent: 0, failed: 0, opened: 0, clicked: 0 } });

    const list = await listRoute(call(token, "GET", "/api/v1/campaigns?limit=10"), none);
    expect((await list.json()).campaigns.map((c: { id: string }) => c.id)).toEqual([id]);

    const bad = await createRoute(call(token, "POST", "/api/v1/campaigns", { name: "Bad", messages: [{ type: "text", text: "" }] }), none);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe("messages[0].text: text can't be empty");

    // A draft can't be paused: 409 with the reason.
    const pause = await pauseRoute(call(token, "POST", `/api/v1/campaigns/${id}/pause`), ctx({ id }));
    expect(pause.status).toBe(409);
    expect((await pause.json()).error.message).toContain("this one is draft");

    const sent = await sendRoute(call(token, "POST", `/api/v1/campaigns/${id}/send`), ctx({ id }));
    expect(await sent.json()).toEqual({ id, status: "scheduled" });
    const cancelled = await cancelRoute(call(token, "POST", `/api/v1/campaigns/${id}/cancel`), ctx({ id }));
    expect(await cancelled.json()).toEqual({ id, status: "cancelled" });
  });

  it("another account's campaign is a 404 on every route, and never listed", async () => {
    const mine = await seedAccountWithFollowers(2);
    const theirs = await seedAccountWithFollowers(2);
    const myToken = await tokenFor(mine.accountId);
    const theirToken = await tokenFor(theirs.accountId);
    const created = await createRoute(call(theirToken, "POST", "/api/v1/campaigns", { name: "Theirs", messages: [{ type: "text", text: "x" }] }), none);
    const { id } = await created.json();

    const responses = await Promise.all([
      getRoute(call(myToken, "GET", `/api/v1/campaigns/${id}`), ctx({ id })),
      pauseRoute(call(myToken, "POST", `/api/v1/campaigns/${id}/pause`), ctx({ id })),
      resumeRoute(call(myToken, "POST", `/api/v1/campaigns/${id}/resume`), ctx({ id })),
      cancelRoute(call(myToken, "POST", `/api/v1/campaigns/${id}/cancel`), ctx({ id })),
      sendRoute(call(myToken, "POST", `/api/v1/campaigns/${id}/send`), ctx({ id })),
      getRoute(call(myToken, "GET", `/api/v1/campaigns/not-an-id`), ctx({ id: "not-an-id" })),
    ]);
    expect(responses.map((r) => r.status)).toEqual([404, 404, 404, 404, 404, 404]);
    const list = await listRoute(call(myToken, "GET", "/api/v1/campaigns"), none);
    expect((await list.json()).campaigns).toEqual([]);
    // Their campaign is untouched.
    expect(await prisma.campaign.findUniqueOrThrow({ where: { id }, select: { status: true } })).toEqual({ status: "draft" });
    expect((await getRoute(call("fc_nope", "GET", `/api/v1/campaigns/${id}`), ctx({ id }))).status).toBe(401);
  });

  it("serves an OpenAPI document generated from the schemas", async () => {
    const response = openApiRoute(new Request("http://localhost/api/v1/openapi.json"));
    const doc = await response.json();
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/api/v1/campaigns", "/api/v1/campaigns/{id}", "/api/v1/campaigns/{id}/pause", "/api/v1/followers", "/api/v1/followers/import", "/api/v1/imports/{id}"]),
    );
    const body = doc.paths["/api/v1/campaigns"].post.requestBody.content["application/json"].schema;
    expect(body.properties.messages.maxItems).toBe(5);
    expect(body.properties.scheduledAt).toEqual({ type: "string", format: "date-time" });
  });
});
