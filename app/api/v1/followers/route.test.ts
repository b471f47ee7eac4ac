import { describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/v1/followers/route";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { prisma } from "@/lib/db";
import { createTestAccount, createTestUser } from "@/lib/test/factories";

const noParams = { params: Promise.resolve({}) };

async function setup() {
  const owner = await createTestUser();
  const account = await createTestAccount({ ownerId: owner.id });
  const { token } = await createApiToken({ accountId: account.id, actorId: owner.id, input: { name: "test" } });
  return { account, token };
}

function post(token: string, body: unknown) {
  return POST(
    new Request("http://localhost/api/v1/followers", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    noParams,
  );
}

function get(token: string, query = "") {
  return GET(new Request(`http://localhost/api/v1/followers${query}`, { headers: { authorization: `Bearer ${token}` } }), noParams);
}

async function errorBody(response: Response) {
  return ((await response.json()) as { error: { code: string; message: string } }).error;
}

type Page = { data: Record<string, unknown>[]; nextCursor: string | null };

describe("POST /api/v1/followers", () => {
  it("creates new followers and updates existing ones in one request, counting each", async () => {
    const { account, token } = await setup();
    const first = await post(token, {
      followers: [
        { externalId: "U1", displayName: "Mika", gender: "female", birthYear: 1996, area: "Tokyo", language: "ja", os: "ios", tags: ["vip", "vip"], attributes: { rank: "gold" } },
        { externalId: "U2" },
      ],
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ created: 2, updated: 0 });
    const mika = await prisma.follower.findUniqueOrThrow({ where: { accountId_externalId: { accountId: account.id, externalId: "U1" } } });
    expect(mika).toMatchObject({ displayName: "Mika", gender: "female", birthYear: 1996, area: "Tokyo", language: "ja", os: "ios", tags: ["vip"], attributes: { rank: "gold" }, source: "api", status: "following" });
    const bare = await prisma.follower.findUniqueOrThrow({ where: { accountId_externalId: { accountId: account.id, externalId: "U2" } } });
    expect(bare).toMatchObject({ displayName: "", gender: "unknown", birthYear: null, os: "other", tags: [], attributes: {}, source: "api", status: "following" });

    // A blocked follower stays blocked: following is the platform's to say, not the API's.
    await prisma.follower.update({ where: { id: bare.id }, data: { status: "blocked" } });
    const second = await post(token, {
      followers: [
        { externalId: "U1", tags: ["regular"], area: "Osaka" },
        { externalId: "U2", gender: "male" },
        { externalId: "U3", displayName: "New" },
      ],
    });
    expect(await second.json()).toEqual({ created: 1, updated: 2 });
    const updated = await prisma.follower.findUniqueOrThrow({ where: { id: mika.id } });
    // Sent fields replace; fields left out keep what was stored.
    expect(updated).toMatchObject({ displayName: "Mika", gender: "female", birthYear: 1996, area: "Osaka", language: "ja", os: "ios", tags: ["regular"], attributes: { rank: "gold" }, followedAt: mika.followedAt });
    expect(await prisma.follower.findUniqueOrThrow({ where: { id: bare.id } })).toMatchObject({ gender: "male", status: "blocked" });
    expect(await prisma.follower.count({ where: { accountId: account.id } })).toBe(3);
  });

  it("accepts 1,000 followers and refuses 1,001 with the limit in the message, writing nothing", async () => {
    const { account, token } = await setup();
    const batch = (n: number, prefix: string) => ({ followers: Array.from({ length: n }, (_, i) => ({ externalId: `${prefix}${i}`, tags: ["bulk"] })) });
    const tooMany = await post(token, batch(1001, "over-"));
    expect(tooMany.status).toBe(400);
    expect(await errorBody(tooMany)).toEqual({ code: "bad_request", message: "followers: send at most 1,000 followers per request; split the list into batches" });
    expect(await prisma.follower.count({ where: { accountId: account.id } })).toBe(0);

    const full = await post(token, batch(1000, "ok-"));
    expect(await full.json()).toEqual({ created: 1000, updated: 0 });
    const again = await post(token, batch(1000, "ok-"));
    expect(await again.json()).toEqual({ created: 0, updated: 1000 });
  });

  it("names the bad field by its position and writes nothing from that request", async () => {
    const { account, token } = await setup();
    const followers = [{ externalId: "A" }, { externalId: "B" }, { externalId: "C" }, { externalId: "D", gender: "woman" }];
    const response = await post(token, { followers });
    expect(response.status).toBe(400);
    expect((await errorBody(response)).message).toBe('followers[3].gender: gender must be female, male or unknown (got "woman")');
    expect(await prisma.follower.count({ where: { accountId: account.id } })).toBe(0);

    const cases: [unknown, RegExp][] = [
      [{ followers: [{ externalId: "" }] }, /^followers\[0\]\.externalId: external id is required$/],
      [{ followers: [{ externalId: "x", birthYear: "1990" }] }, /^followers\[0\]\.birthYear: birth year must be a number/],
      [{ followers: [{ externalId: "x", birth_year: 1990 }] }, /^followers\[0\]: .*birth_year/],
      [{ followers: [{ externalId: "x", tags: ["a,b"] }] }, /^followers\[0\]\.tags\[0\]: Tags can't contain commas\.$/],
      [{ followers: [{ externalId: "x", attributes: { rank: 1 } }] }, /^followers\[0\]\.attributes\.rank: attribute values must be strings$/],
      [{ followers: [{ externalId: "x", language: "Japanese" }] }, /^followers\[0\]\.language: language must be a language code/],
      [{ followers: [] }, /^followers: followers is empty/],
      [{ people: [] }, /^followers: followers must be a list/],
      ["{not json", /^The body must be valid JSON/],
    ];
    for (const [body, message] of cases) {
      const bad = await post(token, body);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect((await errorBody(bad)).message).toMatch(message);
    }
  });

  it("refuses duplicate external ids in one request, naming them", async () => {
    const { account, token } = await setup();
    const response = await post(token, { followers: [{ externalId: "U1" }, { externalId: "U2" }, { externalId: " U1" }, { externalId: "U3" }, { externalId: "U3" }] });
    expect(response.status).toBe(400);
    expect((await errorBody(response)).message).toBe('followers: externalId "U1", "U3" appear more than once; send each follower once per request');
    expect(await prisma.follower.count({ where: { accountId: account.id } })).toBe(0);
  });
});

describe("GET /api/v1/followers", () => {
  it("pages by cursor in id order with every field, ids as strings", async () => {
    const { token } = await setup();
    await post(token, { followers: Array.from({ length: 5 }, (_, i) => ({ externalId: `P${i}`, displayName: `Person ${i}`, gender: "female", birthYear: 1990 + i, area: "Tokyo", language: "ja", os: "android", tags: ["t"] })) });

    const first = (await (await get(token, "?limit=2")).json()) as Page;
    expect(first.data).toHaveLength(2);
    expect(first.data[0]).toEqual({
      id: expect.stringMatching(/^\d+$/),
      externalId: "P0",
      displayName: "Person 0",
      gender: "female",
      birthYear: 1990,
      area: "Tokyo",
      language: "ja",
      os: "android",
      status: "following",
      tags: ["t"],
      followedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(first.nextCursor).toBe(first.data[1]!.id);

    const second = (await (await get(token, `?limit=2&cursor=${first.nextCursor}`)).json()) as Page;
    const third = (await (await get(token, `?limit=2&cursor=${second.nextCursor}`)).json()) as Page;
    expect(third.nextCursor).toBeNull();
    const all = [...first.data, ...second.data, ...third.data];
    expect(all.map((f) => f.externalId)).toEqual(["P0", "P1", "P2", "P3", "P4"]);
    const ids = all.map((f) => BigInt(f.id as string));
    expect(ids).toEqual([...ids].sort((x, y) => (x < y ? -1 : 1)));

    const defaults = (await (await get(token, "?cursor=&limit=")).json()) as Page;
    expect(defaults.data).toHaveLength(5);
    expect(defaults.nextCursor).toBeNull();
  });

  it("refuses a bad limit or cursor with a message saying what is allowed", async () => {
    const { token } = await setup();
    for (const query of ["?limit=0", "?limit=1001", "?limit=ten", "?limit=2.5"]) {
      const response = await get(token, query);
      expect(response.status, query).toBe(400);
      expect((await errorBody(response)).message, query).toMatch(/^limit: .*1 to 1000/);
    }
    const cursor = await get(token, "?cursor=abc");
    expect(cursor.status).toBe(400);
    expect((await errorBody(cursor)).message).toBe("cursor: cursor must be the nextCursor value from the previous page");
  });

  it("never shows or changes another account's followers", async () => {
    const a = await setup();
    const b = await setup();
    await post(b.token, { followers: [{ externalId: "shared", displayName: "B's friend" }, { externalId: "b-only" }] });
    const aPage = (await (await get(a.token)).json()) as Page;
    expect(aPage.data).toEqual([]);

    // The same external id in A's request creates A's own follower and leaves B's alone.
    expect(await (await post(a.token, { followers: [{ externalId: "shared", displayName: "A's friend" }] })).json()).toEqual({ created: 1, updated: 0 });
    const bFollower = await prisma.follower.findUniqueOrThrow({ where: { accountId_externalId: { accountId: b.account.id, externalId: "shared" } } });
    expect(bFollower.displayName).toBe("B's friend");
    const bPage = (await (await get(b.token)).json()) as Page;
    expect(bPage.data.map((f) => f.externalId).sort()).toEqual(["b-only", "shared"]);

    // A cursor taken from B's list doesn't open B's rows either.
    const aFromB = (await (await get(a.token, `?cursor=${BigInt(bPage.data[0]!.id as string) - 1n}`)).json()) as Page;
    expect(aFromB.data.map((f) => f.displayName)).toEqual(["A's friend"]);
  });
});

describe("POST /api/v1/followers under concurrency", () => {
  it("applies overlapping batches sent at once without a deadlock, creating each follower once", async () => {
    const { account, token } = await setup();
    const ids = Array.from({ length: 300 }, (_, i) => `C${String(i).padStart(3, "0")}`);
    // Same people, sent in opposite orders: rows are locked in one order whatever the request order.
    const forward = post(token, { followers: ids.map((externalId) => ({ externalId, tags: ["forward"] })) });
    const backward = post(token, { followers: [...ids].reverse().map((externalId) => ({ externalId, area: "Kobe" })) });
    const [a, b] = (await Promise.all([forward, backward])) as Response[];
    expect([a!.status, b!.status]).toEqual([200, 200]);
    const counts = [(await a!.json()) as { created: number; updated: number }, (await b!.json()) as { created: number; updated: number }];
    expect(counts[0]!.created + counts[1]!.created).toBe(300);
    expect(counts[0]!.updated + counts[1]!.updated).toBe(300);
    // Each request changed only the fields it sent, so both survive on every row.
    expect(await prisma.follower.count({ where: { accountId: account.id, area: "Kobe", tags: { has: "forward" } } })).toBe(300);
  });
});
