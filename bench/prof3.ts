import pg from "pg";
import { prisma } from "@/lib/db";
import { commitImportBatch } from "@/lib/imports/commit-import-batch";
const accountId = "00000000-0000-0000-0000-0000000000ab";
await prisma.follower.deleteMany({ where: { accountId } });
const imp = await prisma.import.create({ data: { accountId, fileName: "x", status: "running" } });
const mk = (p: string, n: number) => Array.from({ length: n }, (_, i) => ({ externalId: `${p}${i}`, displayName: `Name ${i}`, gender: "female" as const, birthYear: 1990, area: "Tokyo", language: "ja", os: "ios" as const, tags: ["vip", "regular"] }));
let processed = 0;
for (let b = 0; b < 6; b++) {
  const rows = mk(`P${b}-`, 5000);
  const t = performance.now();
  await commitImportBatch({ importId: imp.id, accountId, fromProcessed: processed, toProcessed: processed + 5000, rows, errors: [] });
  processed += 5000;
  console.log("prisma batch", (performance.now() - t).toFixed(0));
}
const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
await client.connect();
for (let b = 0; b < 6; b++) {
  const rows = mk(`Q${b}-`, 5000);
  const t = performance.now();
  await client.query("begin");
  await client.query(`INSERT INTO followers (account_id, external_id, display_name, gender, birth_year, area, language, os, tags, status, source, followed_at, updated_at)
          SELECT $1::uuid, s.external_id, COALESCE(s.display_name, ''), COALESCE(s.gender, 'unknown')::"Gender", s.birth_year,
                 s.area, s.language, COALESCE(s.os, 'other')::"DeviceOs", COALESCE(string_to_array(NULLIF(s.tags, ''), ','), '{}'),
                 'following', 'import', now(), now()
          FROM unnest($2::text[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::text[])
            AS s(external_id, display_name, gender, birth_year, area, language, os, tags)
          ON CONFLICT (account_id, external_id) DO NOTHING
          RETURNING external_id`, [accountId, rows.map(r => r.externalId), rows.map(r => r.displayName), rows.map(r => r.gender), rows.map(r => r.birthYear), rows.map(r => r.area), rows.map(r => r.language), rows.map(r => r.os), rows.map(r => r.tags.join(","))]);
  await client.query("commit");
  console.log("pg batch", (performance.now() - t).toFixed(0));
}
await client.end();
await prisma.follower.deleteMany({ where: { accountId } });
await prisma.import.delete({ where: { id: imp.id } });
await prisma.$disconnect();
