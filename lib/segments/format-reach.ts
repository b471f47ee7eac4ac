import type { SegmentReach } from "@/lib/segments/estimate-segment-reach";

/** "≈120,000" for a sampled estimate, "1,234" for an exact count: the ≈ is how people tell them apart. */
export function formatReach({ count, estimated }: SegmentReach): string {
  return `${estimated ? "≈" : ""}${count.toLocaleString("en-US")}`;
}
