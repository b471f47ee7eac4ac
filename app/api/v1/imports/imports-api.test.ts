import { afterAll, describe, expect, it } from "vitest";
import { POST as postImport } from "@/app/api/v1/followers/import/route";
import { GET as getImport } from "@/app/api/v1/imports/[id]/route";
import { generateToken, hashToken } from "@/lib/api-tokens/hash-token";
import { prisma } from "@/lib/db";
import { runImport } from "@/lib/imports/run-import";
import { closeQueues, getQueue } from "@/lib/jobs/queues";
import { createTestAccount, createTestUser } from "@/lib/test/factories";

const HEADER = "external_id,display_name,gender,birth_year,area,language,os,tags";

async function accountWithToken() {
  const owner = await createTestUser("API owner");
  const account = await createTestAccount({ ownerId: owner.id });
  const token = generateToken();
  await prisma.apiToken.create({ data: { accountId: account.id, name: "CRM sync", prefix: token.slice(0, 8), tokenHash: hashToken(token), createdById: owner.id } });
  return { accountId: account.id, token };
}

function post(token: string | undefined, body: string, contentType = "text/csv") {
  return postImport(
    new Request("http://localhost/api/v1/followers/import?fileName=crm.csv", {
      method: "POST",
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), "content-type": contentType },
      body,
    }),
    { params: Promise.resolve({}) },
  );
}

function get(token: string, id: string) {
  return getImport(new Request(`http://localhost/api/v1/imports/${id}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({ id }) });
}

afterAll(async () => {
  await closeQueues();
});

describe("imports API", () => {
  it("accepts a CSV body, queues the job, and reports status, counts and row errors", async () => {
    const { accountId, token } = await accountWithToken();
    const response = await post(token, [HEADER, "U1,Mika,female,1996,Tokyo,ja,ios,vip", "U2,Ken,robot,,,,,", "U3,,,,,,,"].join("\n"));
    expect(response.status).toBe(202);
    const { importId } = (await response.json()) as { importId: string };
    expect(await prisma.import.findUniqueOrThrow({ where: { id: importId }, select: { accountId: true, fileName: true, status: true } })).toEqual({
      accountId,
      fileName: "crm.csv",
      status: "queued",
    });
    expect(await getQueue("followers").getJob(`followers.import-${importId}`)).toMatchObject({ name: "followers.import", data: { importId, accountId } });

    const queued = await (await get(token, importId)).json();
    expect(queued).toMatchObject({ status: "queued", processed: 0, imported: 0, failed: 0, errors: [] });

    await runImport({ importId, accountId });
    const done = await get(token, importId);
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({
      status: "completed",
      processed: 3,
      imported: 2,
      failed: 1,
      errors: [{ line: 3, reason: "gender must be female, male or unknown" }],
      errorsTruncated: false,
    });
  });

  it("lists at most the first 1,000 row errors and says so", async () => {
    const { accountId, token } = await accountWithToken();
    const rows = Array.from({ length: 1_200 }, (_, i) => `X${i},,robot,,,,,`);
    const { importId } = (await (await post(token, [HEADER, ...rows].join("\n"))).json()) as { importId: string };
    await runImport({ importId, accountId });
    const body = (await (await get(token, importId)).json()) as { failed: number; errors: { line: number }[]; errorsTruncated: boolean; errorsNote: string };
    expect(body.failed).toBe(1_200);
    expect(body.errors).toHaveLength(1_000);
    expect(body.errors[0]).toEqual({ line: 2, reason: "gender must be female, male or unknown" });
    expect(body.errorsTruncated).toBe(true);
    expect(body.errorsNote).toMatch(/first 1000 of 1200/);
  });

  it("answers another account's import, or a malformed id, with the same 404", async () => {
    const a = await accountWithToken();
    const b = await accountWithToken();
    const { importId } = (await (await post(a.token, [HEADER, "U1,,,,,,,"].join("\n"))).json()) as { importId: string };
    expect((await get(a.token, importId)).status).toBe(200);
    for (const id of [importId, "not-a-uuid", "0190c0de-0000-7000-8000-000000000000"]) {
      const response = await get(b.token, id);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "not_found", message: "There is no such import in this account. Check the address." } });
    }
  });

  it("refuses a missing token, a wrong content type and an empty body", async () => {
    const { token } = await accountWithToken();
    expect((await post(undefined, `${HEADER}\nU1,,,,,,,`)).status).toBe(401);
    const wrongType = await post(token, JSON.stringify({ rows: [] }), "application/json");
    expect(wrongType.status).toBe(400);
    expect(((await wrongType.json()) as { error: { message: string } }).error.message).toMatch(/Content-Type: text\/csv/);
    const empty = await post(token, "");
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { error: { message: string } }).error.message).toMatch(/empty|body/);
  });
});
