// `npm run bench:followers [-- --runs 9 --reseed]`
// Does the follower list and a segment-like reach count stay as fast at 1,000,000 followers as at
// 10,000? Seeds both accounts in a bench database (DATABASE_URL's database with _bench appended, or
// BENCH_DATABASE_URL), then times the same lib calls the pages make and prints one JSON line per
// measure: { measure, ms10k, ms1M, ratio } — goal ratio ≤ 1.5. Seeded accounts are kept between
// runs; --reseed starts them over.
import { execFileSync } from "node:child_process";
import { parseArgs } from "node:util";
import { DEFAULT_DATABASE_URL } from "@/lib/env-defaults";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "9" },
    reseed: { type: "boolean", default: false },
  },
});
const runs = Number(values.runs);

function benchDatabaseUrl() {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  // "<DATABASE_URL's database>_bench", like bench:import: engineers sharing a server don't share bench data.
  const url = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  url.pathname = `${url.pathname.replace(/\/$/, "") || "/friendcast"}_bench`;
  return url.toString();
}

const log = (message: string) => console.error(`bench: ${message}`);

const databaseUrl = benchDatabaseUrl();
log(`migrating ${new URL(databaseUrl).pathname.slice(1)}`);
execFileSync("node_modules/.bin/prisma", ["migrate", "deploy"], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: databaseUrl } });
// lib/db reads DATABASE_URL when first imported, so point it at the bench database before that.
process.env.DATABASE_URL = databaseUrl;

const { prisma } = await import("@/lib/db");
const { countFollowers } = await import("@/lib/followers/count-followers");
const { findOrCreateSeedAccount } = await import("@/lib/followers/find-or-create-seed-account");
const { listFollowers } = await import("@/lib/followers/list-followers");
const { seedFollowers } = await import("@/lib/followers/seed-followers");
const { countSegmentReach } = await import("@/lib/segments/count-segment-reach");
const { estimateSegmentReach } = await import("@/lib/segments/estimate-segment-reach");

async function seededAccount(handle: string, size: number) {
  const account = await findOrCreateSeedAccount({ handle });
  const existing = await prisma.follower.count({ where: { accountId: account.id } });
  if (existing === size && !values.reseed) {
    log(`@${handle} already has ${size.toLocaleString("en-US")} followers`);
    return account;
  }
  if (existing > 0) {
    log(`@${handle}: removing ${existing.toLocaleString("en-US")} followers`);
    await prisma.follower.deleteMany({ where: { accountId: account.id } });
  }
  const started = performance.now();
  await seedFollowers({ accountId: account.id, count: size });
  log(`@${handle}: seeded ${size.toLocaleString("en-US")} followers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return account;
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Median milliseconds of each of two calls, sampled in turns (a, b, a, b, …) so that a busy moment
 * on the machine lands on both sizes alike rather than on whichever was measured then.
 */
async function timePair(a: () => Promise<unknown>, b: () => Promise<unknown>) {
  // Two warm-up calls each, so both are measured with warm caches and a prepared client.
  for (const fn of [a, b, a, b]) await fn();
  const samples: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [index, fn] of [a, b].entries()) {
      const started = performance.now();
      await fn();
      samples[index]!.push(performance.now() - started);
    }
  }
  return [median(samples[0]), median(samples[1])] as const;
}

/** The "Next page" cursor after walking `pages` pages from the top, as someone clicking would. */
async function deepCursor(accountId: string, pages: number) {
  let after: bigint | undefined;
  for (let i = 0; i < pages; i++) {
    const page = await listFollowers({ accountId, filter: {}, after });
    if (!page.olderCursor) break;
    after = page.olderCursor;
  }
  return after;
}

// The small account first, so the large one's rows sit after it in id order: a list that leaned on
// the primary key alone would have to step over a million rows of another tenant to find page 1.
const small = await seededAccount("bench-10k", 10_000);
const large = await seededAccount("bench-1m", 1_000_000);
log("vacuum analyze followers");
await prisma.$executeRawUnsafe("VACUUM ANALYZE followers");

const filtered = { genders: ["female" as const], ageBands: ["20s" as const], areas: ["Tokyo"] };
const reachRule = {
  genders: ["female" as const],
  ageBands: ["20s" as const, "30s" as const],
  areas: ["Tokyo", "Kanagawa", "Saitama", "Chiba"],
  languages: [],
  os: [],
  tags: [],
  tagMode: "any" as const,
};

type Measure = { measure: string; run: (accountId: string, deep: bigint | undefined) => Promise<unknown> };
const measures: Measure[] = [
  { measure: "list_first_page", run: (accountId) => listFollowers({ accountId, filter: {} }) },
  { measure: "list_deep_page_100", run: (accountId, deep) => listFollowers({ accountId, filter: {}, after: deep }) },
  { measure: "list_previous_page_100", run: (accountId, deep) => listFollowers({ accountId, filter: {}, before: deep }) },
  { measure: "list_filtered_page", run: (accountId) => listFollowers({ accountId, filter: filtered }) },
  { measure: "list_search_external_id", run: (accountId) => listFollowers({ accountId, filter: { q: "seed-4321" } }) },
  // The page gives counting a time budget; here it gets all the time it needs, to show the real cost.
  { measure: "list_count_capped", run: (accountId) => countFollowers({ accountId, filter: {}, budgetMs: 600_000 }) },
  { measure: "list_filtered_count_capped", run: (accountId) => countFollowers({ accountId, filter: filtered, budgetMs: 600_000 }) },
  // What the segment builder and list show (the goal): exact at 10k, a sampled estimate at 1M.
  { measure: "reach_estimate", run: (accountId) => estimateSegmentReach({ accountId, rule: reachRule }) },
  // The exact count, as a campaign pays once when it is sent: not held to the 1.5 goal, shown for honesty.
  { measure: "reach_exact_count", run: (accountId) => countSegmentReach({ accountId, rule: reachRule }) },
];

const deepSmall = await deepCursor(small.id, 100);
const deepLarge = await deepCursor(large.id, 100);
log(`timing ${measures.length} measures, median of ${runs} runs each`);
for (const { measure, run } of measures) {
  const [ms10k, ms1M] = await timePair(() => run(small.id, deepSmall), () => run(large.id, deepLarge));
  const round = (n: number) => Math.round(n * 100) / 100;
  console.log(JSON.stringify({ measure, ms10k: round(ms10k), ms1M: round(ms1M), ratio: round(ms1M / ms10k) }));
}
// How close the estimate the 1M timing bought is to the truth.
const [estimate, exact] = await Promise.all([estimateSegmentReach({ accountId: large.id, rule: reachRule }), countSegmentReach({ accountId: large.id, rule: reachRule })]);
console.log(JSON.stringify({ measure: "reach_estimate_accuracy_1M", estimate: estimate.count, estimated: estimate.estimated, exact, error: Math.round(((estimate.count - exact) / exact) * 1000) / 1000 }));
await prisma.$disconnect();
