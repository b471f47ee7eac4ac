import "server-only";
import { prisma } from "@/lib/db";
import type { AgeBand } from "@/lib/followers/schemas";

type AudienceCell = { gender: "female" | "male" | "unknown"; band: AgeBand | null; populationMillions: number; usageRate: number };

/**
 * Who follows a messenger account, by gender and age band: Japan's population per band (millions,
 * ~2012, teens counted from 13) times LINE's 2012 usage rates (women 10s 73%, 20s 65%; men 20s
 * 55%; 60+ under 16%). Young women come out heaviest, people over 60 under a tenth.
 */
const audienceCells: AudienceCell[] = [
  { gender: "female", band: "under_20", populationMillions: 4.2, usageRate: 0.73 },
  { gender: "female", band: "20s", populationMillions: 6.9, usageRate: 0.65 },
  { gender: "female", band: "30s", populationMillions: 8.8, usageRate: 0.4 },
  { gender: "female", band: "40s", populationMillions: 8.3, usageRate: 0.25 },
  { gender: "female", band: "50s", populationMillions: 7.8, usageRate: 0.18 },
  { gender: "female", band: "60_plus", populationMillions: 17.5, usageRate: 0.08 },
  { gender: "male", band: "under_20", populationMillions: 4.2, usageRate: 0.5 },
  { gender: "male", band: "20s", populationMillions: 6.9, usageRate: 0.55 },
  { gender: "male", band: "30s", populationMillions: 8.8, usageRate: 0.35 },
  { gender: "male", band: "40s", populationMillions: 8.3, usageRate: 0.22 },
  { gender: "male", band: "50s", populationMillions: 7.8, usageRate: 0.15 },
  { gender: "male", band: "60_plus", populationMillions: 16, usageRate: 0.07 },
  // People who share neither gender nor age with the platform.
  { gender: "unknown", band: null, populationMillions: 29, usageRate: 0.05 },
];

/** Ages drawn inside a band: [youngest, how many years]. */
const bandAges: Record<AgeBand, [number, number]> = {
  under_20: [13, 7],
  "20s": [20, 10],
  "30s": [30, 10],
  "40s": [40, 10],
  "50s": [50, 10],
  "60_plus": [60, 20],
};

// Prefecture populations (millions) with the big cities boosted, since messenger users are urban.
const areaWeights: [string | null, number][] = [
  ["Tokyo", 13.2 * 1.4],
  ["Kanagawa", 9.1 * 1.2],
  ["Osaka", 8.9 * 1.3],
  ["Aichi", 7.4 * 1.2],
  ["Saitama", 7.2],
  ["Chiba", 6.2],
  ["Hyogo", 5.6],
  ["Hokkaido", 5.5 * 1.1],
  ["Fukuoka", 5.1 * 1.2],
  ["Shizuoka", 3.8],
  ["Ibaraki", 2.9],
  ["Hiroshima", 2.9],
  ["Kyoto", 2.6 * 1.1],
  ["Miyagi", 2.3 * 1.1],
  ["Niigata", 2.3],
  ["Nagano", 2.1],
  ["Gifu", 2.0],
  ["Tochigi", 2.0],
  ["Gunma", 2.0],
  ["Okayama", 1.9],
  ["Kumamoto", 1.8],
  ["Kagoshima", 1.7],
  ["Okinawa", 1.4],
  ["Nara", 1.4],
  ["Ehime", 1.4],
  [null, 3],
];

const languageWeights: [string, number][] = [
  ["ja", 90],
  ["en", 5],
  ["zh", 3],
  ["ko", 2],
];

const osWeights: [string, number][] = [
  ["ios", 55],
  ["android", 43],
  ["other", 2],
];

const femaleNames = ["Yui", "Aoi", "Mika", "Sakura", "Hina", "Rin", "Yuna", "Mei", "Haruka", "Ayaka", "Misaki", "Nanami", "Emi", "Kaori", "Yoko", "Keiko", "Tomoko", "Naomi", "Chiharu", "Rika"];
const maleNames = ["Haruto", "Ren", "Sota", "Yuto", "Riku", "Kaito", "Daiki", "Takumi", "Kenta", "Shota", "Hiroshi", "Takashi", "Kazuki", "Yusuke", "Makoto", "Naoki", "Ryo", "Tatsuya", "Koji", "Akira"];
const otherNames = ["Hikaru", "Kaoru", "Makoto", "Nao", "Sora", "Yuki", "Aki", "Jun", "Mizuki", "Tsubasa"];

/** Tags some followers carry, with the share that carries each. */
const tagShares: [string, number][] = [
  ["vip", 5],
  ["regular", 20],
];

const LOOKUP_SIZE = 1000;
const BLOCKED_PERCENT = 10;
const HISTORY_DAYS = 730;

/**
 * Spreads `size` slots over weighted values (largest remainder), so SQL can draw a weighted value
 * with one array lookup per row instead of a join.
 */
function weightedLookup<T>(items: [T, number][], size = LOOKUP_SIZE): T[] {
  const total = items.reduce((sum, [, w]) => sum + w, 0);
  const exact = items.map(([value, w]) => ({ value, slots: (w / total) * size }));
  const counts = exact.map((e) => Math.floor(e.slots));
  let missing = size - counts.reduce((a, b) => a + b, 0);
  const byRemainder = exact.map((e, i) => ({ i, r: e.slots - Math.floor(e.slots) })).sort((a, b) => b.r - a.r);
  for (const { i } of byRemainder) {
    if (missing-- <= 0) break;
    counts[i]! += 1;
  }
  return exact.flatMap((e, i) => Array<T>(counts[i]!).fill(e.value));
}

/** The share of seeded followers expected in each gender × age band cell, for tests and docs. */
export function seedAudienceShares(): { gender: string; band: AgeBand | null; share: number }[] {
  const total = audienceCells.reduce((sum, c) => sum + c.populationMillions * c.usageRate, 0);
  return audienceCells.map((c) => ({ gender: c.gender, band: c.band, share: (c.populationMillions * c.usageRate) / total }));
}

export type SeedFollowersResult = { inserted: number; firstNumber: number; lastNumber: number };

/**
 * Adds `count` synthetic followers to an account in one INSERT … SELECT over generate_series, so
 * a million take seconds rather than minutes of round trips. External ids are `seed-<n>`,
 * continuing after the account's highest existing seed number, so seeding twice adds more.
 * Attributes come from hashes of (account, n): reruns are reproducible and every column of a
 * row is drawn from the same cell without a correlated subquery.
 */
export async function seedFollowers({ accountId, count, now = new Date() }: { accountId: string; count: number; now?: Date }): Promise<SeedFollowersResult> {
  if (!Number.isInteger(count) || count < 0) throw new Error(`count must be a whole number ≥ 0, got ${count}`);
  const cells = audienceCells.map((c, i) => ({ ...c, index: i + 1, weight: c.populationMillions * c.usageRate }));
  const cellLookup = weightedLookup(cells.map((c) => [c.index, c.weight]));
  const cellGenders = cells.map((c) => c.gender);
  const cellMinAges = cells.map((c) => (c.band ? bandAges[c.band][0] : null));
  const cellAgeSpans = cells.map((c) => (c.band ? bandAges[c.band][1] : 1));
  const areaLookup = weightedLookup(areaWeights);
  const languageLookup = weightedLookup(languageWeights, 100);
  const osLookup = weightedLookup(osWeights, 100);
  const [vip, regular] = tagShares;
  const nowMs = now.getTime();
  const year = now.getUTCFullYear();

  return prisma.$transaction(
    async (tx) => {
      // Two seeds of one account at once would otherwise both start numbering from the same max.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('seed-followers:' || ${accountId}))`;
      const [{ max }] = await tx.$queryRaw<[{ max: bigint | null }]>`
        SELECT max(substring(external_id FROM '^seed-([0-9]{1,15})$')::bigint) AS max
        FROM followers WHERE account_id = ${accountId}::uuid AND external_id LIKE 'seed-%'`;
      const start = Number(max ?? 0n);
      if (count === 0) return { inserted: 0, firstNumber: start + 1, lastNumber: start };
      // The inbox-token sort below fits in memory instead of spilling to disk.
      await tx.$executeRawUnsafe("SET LOCAL work_mem = '256MB'");
      // Tokens are drawn first and numbered in token order, so the unique token index fills front to
      // back instead of at a random page per row (measured ~25% less database time per row).
      const inserted = await tx.$executeRaw`
        WITH tokens AS MATERIALIZED (
          SELECT replace(gen_random_uuid()::text, '-', '') AS inbox_token FROM generate_series(1, ${count}::bigint)
        ),
        numbered AS (
          SELECT n, inbox_token,
                 (${cellLookup}::int[])[1 + (hashint8extended(n, hashtext(${accountId}) + 1) & 2147483647) % ${LOOKUP_SIZE}] AS cell,
                 (hashint8extended(n, hashtext(${accountId}) + 2) & 2147483647) AS h_age,
                 (hashint8extended(n, hashtext(${accountId}) + 3) & 2147483647) AS h_area,
                 (hashint8extended(n, hashtext(${accountId}) + 4) & 2147483647) AS h_lang,
                 (hashint8extended(n, hashtext(${accountId}) + 5) & 2147483647) AS h_os,
                 (hashint8extended(n, hashtext(${accountId}) + 6) & 2147483647) AS h_name,
                 (hashint8extended(n, hashtext(${accountId}) + 7) & 2147483647) AS h_vip,
                 (hashint8extended(n, hashtext(${accountId}) + 8) & 2147483647) AS h_regular,
                 (hashint8extended(n, hashtext(${accountId}) + 9) & 2147483647) AS h_status,
                 (hashint8extended(n, hashtext(${accountId}) + 10) & 2147483647) AS h_time,
                 -- Growth speeds up over time: a power below 1 puts more follows near now.
                 to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC'
                   - make_interval(secs => ${HISTORY_DAYS} * 86400 * (1 - power((n - ${start} - 0.5) / ${count}::float8, 0.7))) AS followed_at
          FROM (SELECT ${start}::bigint + row_number() OVER (ORDER BY inbox_token) AS n, inbox_token FROM tokens) AS sorted
        ),
        drawn AS (
          SELECT numbered.*, (${cellGenders}::text[])[cell] AS gender, h_status % 100 < ${BLOCKED_PERCENT} AS is_blocked
          FROM numbered
        )
        INSERT INTO followers (account_id, external_id, inbox_token, display_name, gender, birth_year, area, language, os, status, source, tags, followed_at, unfollowed_at, created_at, updated_at)
        SELECT ${accountId}::uuid,
               'seed-' || n,
               inbox_token,
               CASE gender
                 WHEN 'female' THEN (${femaleNames}::text[])[1 + h_name % ${femaleNames.length}]
                 WHEN 'male' THEN (${maleNames}::text[])[1 + h_name % ${maleNames.length}]
                 ELSE (${otherNames}::text[])[1 + h_name % ${otherNames.length}]
               END,
               gender::"Gender",
               (${year} - ((${cellMinAges}::int[])[cell] + h_age % (${cellAgeSpans}::int[])[cell]))::smallint,
               (${areaLookup}::text[])[1 + h_area % ${LOOKUP_SIZE}],
               (${languageLookup}::text[])[1 + h_lang % 100],
               ((${osLookup}::text[])[1 + h_os % 100])::"DeviceOs",
               (CASE WHEN is_blocked THEN 'blocked' ELSE 'following' END)::"FollowerStatus",
               'seed'::"FollowerSource",
               array_remove(ARRAY[
                 CASE WHEN h_vip % 100 < ${vip![1]} THEN ${vip![0]} END,
                 CASE WHEN h_regular % 100 < ${regular![1]} THEN ${regular![0]} END
               ]::text[], NULL),
               followed_at,
               CASE WHEN is_blocked
                 THEN followed_at + ((to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC') - followed_at) * ((h_time % 1000) / 1000.0)
               END,
               to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC',
               to_timestamp(${nowMs}::float8 / 1000) AT TIME ZONE 'UTC'
        FROM drawn
        ORDER BY n`;
      return { inserted, firstNumber: start + 1, lastNumber: start + count };
    },
    // A million rows take tens of seconds on a small machine; the default 5 s would abort them.
    { timeout: 15 * 60_000, maxWait: 60_000 },
  );
}
