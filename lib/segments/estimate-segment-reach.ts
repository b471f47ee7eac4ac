import "server-only";
import { prisma } from "@/lib/db";
import { buildSegmentWhere } from "@/lib/segments/build-segment-where";
import type { SegmentRule } from "@/lib/segments/schemas";

/** `estimated: false` means `count` is exact; otherwise it is rounded and shown as "≈". */
export type SegmentReach = { count: number; estimated: boolean };

/** followers.sample_bucket is drawn uniformly from 0..SAMPLE_BUCKETS-1 on insert. */
const SAMPLE_BUCKETS = 1000;
/** Followers an estimate reads: what a 10k account reads in full, so reach costs about the same at any size. */
export const REACH_SAMPLE_SIZE = 10_000;
/**
 * Fewer matches than this in the sample and the estimate's error passes ~10% (1/√100), and a
 * narrow segment could even show 0: count those exactly instead. A segment that narrow is usually
 * picked out by a selective condition (a tag, a recent follow date), which its own index serves.
 */
export const MIN_SAMPLED_MATCHES = 100;

/** Two significant figures: what a sample of ~10k can vouch for. */
function roundEstimate(value: number): number {
  if (value < 100) return Math.round(value);
  const unit = 10 ** (Math.floor(Math.log10(value)) - 1);
  return Math.round(value / unit) * unit;
}

/**
 * The reach the segment builder and list show, as LINE shows "estimated reach": counted exactly
 * for accounts up to ~20k following followers, estimated from a random sample of ~10k above that
 * (the buckets below k are a k/1000 sample: a range of followers_audience_sample_idx), so the
 * builder stays as quick at a million followers as at ten thousand. The campaign still counts its
 * audience exactly when it is sent (lib/campaigns/freeze-and-schedule.ts); countSegmentReach is
 * the exact count for anything else that needs it.
 */
export async function estimateSegmentReach({ accountId, rule }: { accountId: string; rule: SegmentRule }): Promise<SegmentReach> {
  const where = buildSegmentWhere(accountId, rule);
  const exact = async (): Promise<SegmentReach> => ({ count: await prisma.follower.count({ where }), estimated: false });

  // Bucket 0 holds ~1/1000 of the account's following followers: a few index entries tell the
  // account's size well enough to pick the sample (10 at 10k, 1,000 at 1M).
  const probe = await prisma.follower.count({ where: { accountId, status: "following", sampleBucket: 0 } });
  const buckets = probe === 0 ? SAMPLE_BUCKETS : Math.ceil(REACH_SAMPLE_SIZE / probe);
  // Under ~20k following (half the buckets or more) the sample would save little: count them all.
  if (buckets * 2 >= SAMPLE_BUCKETS) return exact();

  const sampled = await prisma.follower.count({ where: { AND: [where, { sampleBucket: { lt: buckets } }] } });
  if (sampled < MIN_SAMPLED_MATCHES) return exact();
  return { count: roundEstimate((sampled * SAMPLE_BUCKETS) / buckets), estimated: true };
}
