import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { runImport } from "@/lib/imports/run-import";
import { storeImportUpload } from "@/lib/imports/store-import-upload";
import { createTestAccount, createTestUser } from "@/lib/test/factories";

const HEADER = "external_id,display_name,gender,birth_year,area,language,os,tags";

async function newAccount() {
  const owner = await createTestUser("Importer");
  const account = await createTestAccount({ ownerId: owner.id });
  return { accountId: account.id, userId: owner.id };
}

/** Uploads text the way the routes do (a byte stream, here in uneven pieces) and returns the import id. */
async function upload(accountId: string, csv: string, pieceBytes = 7_777) {
  const bytes = Buffer.from(csv);
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += pieceBytes) pieces.push(bytes.subarray(at, at + pieceBytes));
  const { id } = await storeImportUpload({ accountId, createdById: null, fileName: "followers.csv", body: Readable.from(pieces) });
  return id;
}

async function importOf(id: string) {
  return prisma.import.findUniqueOrThrow({
    where: { id },
    select: { status: true, processed: true, imported: true, failed: true, error: true, estimatedRows: true },
  });
}

async function errorsOf(id: string) {
  return prisma.importError.findMany({ where: { importId: id }, orderBy: { line: "asc" }, select: { line: true, reason: true } });
}

function generateRows(count: number, prefix: string, start = 0) {
  const lines: string[] = [];
  for (let i = start; i < start + count; i++) {
    lines.push(`${prefix}${i},Follower ${i},${i % 2 ? "female" : "male"},${1950 + (i % 60)},Area ${i % 47},ja,${i % 3 ? "ios" : "android"},t${i % 5}|vip`);
  }
  return lines;
}

describe("runImport", () => {
  it("imports good rows and reports each bad row with its line and a human reason", async () => {
    const { accountId } = await newAccount();
    const csv = [
      HEADER,
      "U1,Mika,female,1996,Tokyo,ja,ios,vip|coffee",
      "U2,Ken,man,1990,Osaka,ja,android,",
      "U3,Sora,,,,,,",
      "U4,Old,male,1850,Tokyo,ja,ios,",
      "U5,Too few,female",
      ",No id,female,1990,Tokyo,ja,ios,",
      '"U6","Aiko, the ""chef""",female,2001,Kyoto,ja,other,"a,b"',
      "U7,Bad lang,female,1990,Tokyo,Japanese,ios,",
      "U8,Yuki,FEMALE,1985,Sapporo,zh-TW,IOS,regular | vip |",
      "U9,Year,female,19x6,Tokyo,ja,windows,",
    ].join("\n");
    const id = await upload(accountId, csv, 13);
    expect((await importOf(id)).estimatedRows).toBe(10);

    const result = await runImport({ importId: id, accountId });
    expect(result).toEqual({ outcome: "completed", processed: 10 });
    expect(await importOf(id)).toMatchObject({ status: "completed", processed: 10, imported: 3, failed: 7, error: null });
    expect(await errorsOf(id)).toEqual([
      { line: 3, reason: "gender must be female, male or unknown" },
      { line: 5, reason: "birth year must be 1900 or later" },
      { line: 6, reason: "expected 8 fields like the header, found 3; quote values that contain commas" },
      { line: 7, reason: "external id is required" },
      { line: 8, reason: 'tag "a,b": tags can\'t contain commas' },
      { line: 9, reason: "language must be a language code like ja, en or zh-TW" },
      { line: 11, reason: "birth year must be a number like 1996; os must be ios, android or other" },
    ]);

    const followers = await prisma.follower.findMany({
      where: { accountId },
      orderBy: { externalId: "asc" },
      select: { externalId: true, displayName: true, gender: true, birthYear: true, area: true, language: true, os: true, tags: true, status: true, source: true },
    });
    expect(followers).toEqual([
      { externalId: "U1", displayName: "Mika", gender: "female", birthYear: 1996, area: "Tokyo", language: "ja", os: "ios", tags: ["vip", "coffee"], status: "following", source: "import" },
      { externalId: "U3", displayName: "Sora", gender: "unknown", birthYear: null, area: null, language: null, os: "other", tags: [], status: "following", source: "import" },
      { externalId: "U8", displayName: "Yuki", gender: "female", birthYear: 1985, area: "Sapporo", language: "zh-TW", os: "ios", tags: ["regular", "vip"], status: "following", source: "import" },
    ]);
  });

  it("updates existing followers on re-import: cells replace, empty cells keep, tags merge, status stays", async () => {
    const { accountId } = await newAccount();
    await runImport({ importId: await upload(accountId, [HEADER, "U1,Mika,female,1996,Tokyo,ja,ios,vip", "U2,Ken,male,1990,Osaka,ja,android,"].join("\n")), accountId });
    await prisma.follower.updateMany({ where: { accountId, externalId: "U2" }, data: { status: "blocked" } });
    const before = await prisma.follower.findFirstOrThrow({ where: { accountId, externalId: "U1" }, select: { id: true, followedAt: true, inboxToken: true } });

    const second = await upload(accountId, [HEADER, "U1,Mika S.,,,Yokohama,,,coffee|vip", "U2,,,,,,,gold", "U3,New,,,,,,"].join("\n"));
    await runImport({ importId: second, accountId });
    expect(await importOf(second)).toMatchObject({ status: "completed", imported: 3, failed: 0 });

    const followers = await prisma.follower.findMany({
      where: { accountId },
      orderBy: { externalId: "asc" },
      select: { id: true, externalId: true, displayName: true, gender: true, birthYear: true, area: true, os: true, tags: true, status: true, followedAt: true, inboxToken: true },
    });
    expect(followers).toHaveLength(3);
    expect(followers[0]).toEqual({ ...before, externalId: "U1", displayName: "Mika S.", gender: "female", birthYear: 1996, area: "Yokohama", os: "ios", tags: ["vip", "coffee"], status: "following" });
    expect(followers[1]).toMatchObject({ externalId: "U2", displayName: "Ken", gender: "male", area: "Osaka", tags: ["gold"], status: "blocked" });
    expect(followers[2]).toMatchObject({ externalId: "U3", displayName: "New", status: "following" });
  });

  it("applies a follower repeated in one file in file order", async () => {
    const { accountId } = await newAccount();
    const id = await upload(accountId, [HEADER, "U1,First,female,,,,,a", "U2,Other,,,,,,", "U1,Second,,,,,,b"].join("\n"));
    await runImport({ importId: id, accountId });
    expect(await importOf(id)).toMatchObject({ status: "completed", processed: 3, imported: 3, failed: 0 });
    const u1 = await prisma.follower.findFirstOrThrow({ where: { accountId, externalId: "U1" }, select: { displayName: true, gender: true, tags: true } });
    expect(u1).toEqual({ displayName: "Second", gender: "female", tags: ["a", "b"] });
  });

  it("accepts a subset of columns in any order, a BOM and CRLF line ends, and strips the export's formula guard", async () => {
    const { accountId } = await newAccount();
    const id = await upload(accountId, `\uFEFFtags,external_id\r\nvip,U1\r\n,'-U2\r\n`);
    await runImport({ importId: id, accountId });
    expect(await importOf(id)).toMatchObject({ status: "completed", processed: 2, imported: 2, failed: 0 });
    const ids = await prisma.follower.findMany({ where: { accountId }, orderBy: { externalId: "asc" }, select: { externalId: true, tags: true } });
    expect(ids).toEqual([{ externalId: "-U2", tags: [] }, { externalId: "U1", tags: ["vip"] }]);
  });

  it("fails the whole import with a clear message when the header is missing or wrong", async () => {
    const { accountId } = await newAccount();
    const cases: [string, RegExp][] = [
      ["U1,Mika,female,1996,Tokyo,ja,ios,vip\nU2,Ken,male,1990,Osaka,ja,android,", /^Unknown column "u1"\. The first line must be the header external_id,display_name,gender,birth_year,area,language,os,tags .*The file starts with: U1,Mika/],
      ["display_name,gender\nMika,female", /^The header has no external_id column\./],
      ["external_id,name\nU1,Mika", /^Unknown column "name"\./],
      ["external_id,tags,tags\nU1,a,b", /^The column "tags" appears twice\./],
      ["\n\n", /^The file is empty\./],
    ];
    for (const [csv, message] of cases) {
      const id = await upload(accountId, csv);
      expect(await runImport({ importId: id, accountId })).toMatchObject({ outcome: "failed" });
      const result = await importOf(id);
      expect(result.status).toBe("failed");
      expect(result.error).toMatch(message);
    }
    expect(await prisma.follower.count({ where: { accountId } })).toBe(0);
  });

  it("reports an unclosed quote at the row where it starts and keeps the rows before it", async () => {
    const { accountId } = await newAccount();
    const id = await upload(accountId, [HEADER, "U1,Mika,,,,,,", 'U2,"Ken,,,,,,', "U3,Sora,,,,,,"].join("\n"));
    await runImport({ importId: id, accountId });
    expect(await importOf(id)).toMatchObject({ status: "completed", imported: 1, failed: 1 });
    const [error] = await errorsOf(id);
    expect(error).toEqual({ line: 3, reason: "a quoted value starting here is never closed, so everything up to line 4 was read as one value; check for a stray double quote" });
  });

  it("resumes after a crash without losing or doubling a row", async () => {
    const { accountId } = await newAccount();
    const rows = generateRows(12_000, "R");
    rows[4_500] = "R-bad,Bad,robot,,,,,"; // one bad row inside the committed part
    rows[9_000] = "R-bad2,Bad,,3000,,,,"; // and one after the crash
    const id = await upload(accountId, [HEADER, ...rows].join("\n"));
    const crash = new Error("worker killed");
    await expect(
      runImport({ importId: id, accountId }, { batchSize: 1_000, onBatchCommitted: ({ processed }) => { if (processed >= 5_000) throw crash; } }),
    ).rejects.toBe(crash);
    const partial = await importOf(id);
    expect(partial.status).toBe("running");
    expect(partial.processed).toBeGreaterThanOrEqual(5_000);
    expect(partial.processed).toBeLessThan(12_000);
    expect(await prisma.follower.count({ where: { accountId } })).toBe(partial.imported);

    expect(await runImport({ importId: id, accountId }, { batchSize: 1_000 })).toEqual({ outcome: "completed", processed: 12_000 });
    expect(await importOf(id)).toMatchObject({ status: "completed", processed: 12_000, imported: 11_998, failed: 2 });
    expect(await prisma.follower.count({ where: { accountId } })).toBe(11_998);
    expect(await errorsOf(id)).toEqual([
      { line: 4_502, reason: "gender must be female, male or unknown" },
      { line: 9_002, reason: "birth year can't be in the future" },
    ]);
    // A finished import is not run again.
    expect(await runImport({ importId: id, accountId })).toEqual({ outcome: "skipped", processed: 12_000 });
  });

  it("lets only one of two concurrent runs commit each batch", async () => {
    const { accountId } = await newAccount();
    const id = await upload(accountId, [HEADER, ...generateRows(6_000, "C")].join("\n"));
    const results = await Promise.all([runImport({ importId: id, accountId }, { batchSize: 500 }), runImport({ importId: id, accountId }, { batchSize: 500 })]);
    expect(results.map((r) => r.outcome).sort()).toContain("completed");
    expect(await importOf(id)).toMatchObject({ status: "completed", processed: 6_000, imported: 6_000, failed: 0 });
    expect(await prisma.follower.count({ where: { accountId } })).toBe(6_000);
  });

  it("does not touch another account's import", async () => {
    const { accountId } = await newAccount();
    const other = await newAccount();
    const id = await upload(accountId, [HEADER, "U1,Mika,,,,,,"].join("\n"));
    expect(await runImport({ importId: id, accountId: other.accountId })).toEqual({ outcome: "skipped", processed: 0 });
    expect((await importOf(id)).status).toBe("queued");
  });

  it("imports 100,000 rows through the stored chunks", { timeout: 180_000 }, async () => {
    const { accountId } = await newAccount();
    const rows = generateRows(100_000, "B");
    const id = await upload(accountId, [HEADER, ...rows].join("\n") + "\n", 64 * 1024);
    expect(await prisma.importChunk.count({ where: { importId: id } })).toBeGreaterThan(3);
    expect((await importOf(id)).estimatedRows).toBe(100_000);
    expect(await runImport({ importId: id, accountId })).toEqual({ outcome: "completed", processed: 100_000 });
    expect(await importOf(id)).toMatchObject({ status: "completed", processed: 100_000, imported: 100_000, failed: 0 });
    expect(await prisma.follower.count({ where: { accountId } })).toBe(100_000);
    expect(await prisma.follower.findFirstOrThrow({ where: { accountId, externalId: "B99999" }, select: { displayName: true, tags: true, source: true } })).toEqual({
      displayName: "Follower 99999",
      tags: ["t4", "vip"],
      source: "import",
    });
  });
});
