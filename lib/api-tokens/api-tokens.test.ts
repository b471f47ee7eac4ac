import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/v1/followers/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { hashToken, TOKEN_PREFIX } from "@/lib/api-tokens/hash-token";
import { listApiTokens } from "@/lib/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/api-tokens/revoke-api-token";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTestAccount, createTestUser } from "@/lib/test/factories";

async function setup() {
  const owner = await createTestUser("Tomo Owner");
  const account = await createTestAccount({ ownerId: owner.id });
  return { owner, account };
}

function getFollowers(token: string) {
  return GET(new Request("http://localhost/api/v1/followers", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });
}

async function errorOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("API tokens", () => {
  it("returns the secret once and stores only its hash and a short prefix", async () => {
    const { owner, account } = await setup();
    const { token, apiToken } = await createApiToken({ accountId: account.id, actorId: owner.id, input: { name: "CRM sync" } });
    expect(token.startsWith(TOKEN_PREFIX)).toBe(true);
    expect(token.length).toBeGreaterThan(40);
    const stored = await prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } });
    expect(stored).toMatchObject({ accountId: account.id, name: "CRM sync", prefix: token.slice(0, 10), tokenHash: hashToken(token), createdById: owner.id, revokedAt: null });
    expect(JSON.stringify(stored)).not.toContain(token);

    const log = await prisma.auditLog.findFirstOrThrow({ where: { accountId: account.id, action: "api_token.created" } });
    expect(log).toMatchObject({ actorId: owner.id, details: { tokenId: apiToken.id, name: "CRM sync", prefix: token.slice(0, 10) } });
    expect(JSON.stringify(log.details)).not.toContain(token);

    const [listed] = await listApiTokens({ accountId: account.id });
    expect(listed).toMatchObject({ id: apiToken.id, name: "CRM sync", prefix: token.slice(0, 10), createdBy: { name: "Tomo Owner" }, lastUsedAt: null });
    expect(listed).not.toHaveProperty("tokenHash");
  });

  it("opens the API until revoked, then answers 401; records last use and the revocation", async () => {
    const { owner, account } = await setup();
    const { token, apiToken } = await createApiToken({ accountId: account.id, actorId: owner.id, input: { name: "Shop POS" } });
    expect((await getFollowers(token)).status).toBe(200);
    expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: apiToken.id } })).lastUsedAt).toBeInstanceOf(Date);

    await revokeApiToken({ accountId: account.id, actorId: owner.id, input: { tokenId: apiToken.id } });
    const response = await getFollowers(token);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: "unauthorized", message: expect.stringMatching(/unknown or revoked/) } });
    expect(await prisma.auditLog.count({ where: { accountId: account.id, action: "api_token.revoked", details: { path: ["tokenId"], equals: apiToken.id } } })).toBe(1);

    // A second revoke (a double click) writes nothing more.
    expect((await errorOf(revokeApiToken({ accountId: account.id, actorId: owner.id, input: { tokenId: apiToken.id } }))).code).toBe("conflict");
    expect(await prisma.auditLog.count({ where: { accountId: account.id, action: "api_token.revoked" } })).toBe(1);
  });

  it("answers 401 without a token, with a malformed one, or with a made-up one", async () => {
    const none = await GET(new Request("http://localhost/api/v1/followers"), { params: Promise.resolve({}) });
    expect(none.status).toBe(401);
    expect((await getFollowers("not-a-token")).status).toBe(401);
    expect((await getFollowers(`${TOKEN_PREFIX}madeup`)).status).toBe(401);
  });

  it("can't revoke another account's token", async () => {
    const a = await setup();
    const b = await setup();
    const { token, apiToken } = await createApiToken({ accountId: b.account.id, actorId: b.owner.id, input: { name: "B's token" } });
    expect((await errorOf(revokeApiToken({ accountId: a.account.id, actorId: a.owner.id, input: { tokenId: apiToken.id } }))).code).toBe("not_found");
    expect((await getFollowers(token)).status).toBe(200);
    expect(await listApiTokens({ accountId: a.account.id })).toEqual([]);
  });
});
