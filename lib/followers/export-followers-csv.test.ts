import { Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { streamFollowersCsv } from "@/lib/followers/export-followers-csv";
import { parseFollowerFilterQuery } from "@/lib/followers/parse-filter-query";
import { runImport } from "@/lib/imports/run-import";
import { storeImportUpload } from "@/lib/imports/store-import-upload";
import { createTestAccount, createTestUser } from "@/lib/test/factories";

const HEADER = "external_id,display_name,gender,birth_year,area,language,os,tags";

async function importCsv(accountId: string, csv: string) {
  const { id } = await storeImportUpload({ accountId, createdById: null, fileName: "seed.csv", body: Readable.from([Buffer.from(csv)]) });
  await runImport({ importId: id, accountId });
  return id;
}

async function exportText(accountId: string, query = "") {
  return new Response(streamFollowersCsv({ accountId, filter: parseFollowerFilterQuery(new URLSearchParams(query)) })).text();
}

describe("streamFollowersCsv", () => {
  it("streams every follower exactly once across keyset pages, filtered like the list", { timeout: 120_000 }, async () => {
    const owner = await createTestUser();
    const account = await createTestAccount({ ownerId: owner.id });
    const other = await createTestAccount({ ownerId: owner.id });
    const rows = Array.from({ length: 12_001 }, (_, i) => `E${i},Follower ${i},${i % 2 ? "female" : "male"},1990,${i % 3 ? "Tokyo" : "Osaka"},ja,ios,${i % 4 === 1 ? "vip" : ""}`);
    await importCsv(account.id, [HEADER, ...rows].join("\n"));
    await importCsv(other.id, [HEADER, "E1,Someone else,,,,,,vip"].join("\n"));

    const all = parse(await exportText(account.id), { bom: true, columns: true }) as Record<string, string>[];
    expect(all).toHaveLength(12_001);
    expect(new Set(all.map((r) => r.external_id)).size).toBe(12_001);
    expect(all.find((r) => r.external_id === "E1")?.display_name).toBe("Follower 1");

    const vipWomenInTokyo = parse(await exportText(account.id, "tag=vip&gender=female&area=Tokyo"), { bom: true, columns: true }) as Record<string, string>[];
    const expected = rows.map((row) => row.split(",")).filter(([, , gender, , area, , , tags]) => tags === "vip" && gender === "female" && area === "Tokyo");
    expect(expected.length).toBeGreaterThan(1_000);
    expect(vipWomenInTokyo.map((r) => r.external_id).sort()).toEqual(expected.map(([id]) => id).sort());
  });

  it("writes the import's columns, escapes CSV and neutralises formulas so the file imports back unchanged", async () => {
    const owner = await createTestUser();
    const account = await createTestAccount({ ownerId: owner.id });
    await importCsv(
      account.id,
      [HEADER, 'U1,"Mika, ""M"" Sato",female,1996,Tokyo,ja,ios,vip|coffee', "U2,=1+2,male,,,,android,", "-U3,@sum,,,,,,", "U4,+81 90,,,,,,"].join("\n"),
    );
    const text = await exportText(account.id);
    const lines = text.replace(/^\uFEFF/, "").trimEnd().split("\n");
    expect(lines[0]).toBe("external_id,display_name,gender,birth_year,area,language,os,tags,status,followed_at");
    expect(lines[1]).toMatch(/^U1,"Mika, ""M"" Sato",female,1996,Tokyo,ja,ios,vip\|coffee,following,\d{4}-/);
    expect(lines[2]).toMatch(/^U2,'=1\+2,male,,,,android,,following,/);
    expect(lines[3]).toMatch(/^'-U3,'@sum,unknown,,,,other,,following,/);
    expect(lines[4]).toMatch(/^U4,'\+81 90,/);

    // Round trip: the export, imported into a fresh account, gives the same followers.
    const copy = await createTestAccount({ ownerId: owner.id });
    const importId = await importCsv(copy.id, text.replace(/,status,followed_at/, "").replace(/,(following|blocked),[^,\n]+$/gm, ""));
    expect(await prisma.import.findUniqueOrThrow({ where: { id: importId }, select: { imported: true, failed: true } })).toEqual({ imported: 4, failed: 0 });
    const select = { externalId: true, displayName: true, gender: true, birthYear: true, area: true, language: true, os: true, tags: true } as const;
    const original = await prisma.follower.findMany({ where: { accountId: account.id }, orderBy: { externalId: "asc" }, select });
    const copied = await prisma.follower.findMany({ where: { accountId: copy.id }, orderBy: { externalId: "asc" }, select });
    expect(copied).toEqual(original);
    expect(copied.map((f) => f.externalId)).toEqual(["-U3", "U1", "U2", "U4"]);
  });
});
