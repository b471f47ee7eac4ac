import { describe, expect, it } from "vitest";
import { cutIntoRequests } from "@/lib/campaigns/cut-into-requests";

const key = { campaignId: "0190a1b2-0000-7000-8000-0000000000aa", batchNo: 7 };

/** The flat array deliver-batch loads: externalId, displayName per position; nulls for a deleted follower. */
const flat = (count: number, deleted: (position: number) => boolean) =>
  JSON.stringify(Array.from({ length: count }, (_, i) => (deleted(i + 1) ? [null, null] : [`U${i + 1}`, i % 3 === 0 ? null : `Fan ${i + 1}`])).flat());

describe("cutIntoRequests", () => {
  it("cuts by position into requests of at most 500, keeping a deleted follower's place and retry keys stable", () => {
    // 1,600 recipients: positions 3 and 1,100 deleted; 1,001–1,500 all deleted (that request is left out, the next keeps its number).
    const parts = cutIntoRequests(key, flat(1_600, (p) => p === 3 || p === 1_100 || (p > 1_000 && p <= 1_500)));
    expect(parts.map(({ requestId, first, last, recipients }) => ({ requestId, first, last, count: recipients.length }))).toEqual([
      { requestId: `campaign.deliver-${key.campaignId}-7-0`, first: 1, last: 500, count: 499 },
      { requestId: `campaign.deliver-${key.campaignId}-7-1`, first: 501, last: 1_000, count: 500 },
      { requestId: `campaign.deliver-${key.campaignId}-7-3`, first: 1_501, last: 1_600, count: 100 },
    ]);
    expect(parts[0]!.recipients.slice(0, 3)).toEqual([
      { externalId: "U1", displayName: "" },
      { externalId: "U2", displayName: "Fan 2" },
      { externalId: "U4", displayName: "" },
    ]);
    expect(parts[2]!.recipients.slice(-2)).toEqual([{ externalId: "U1599", displayName: "Fan 1599" }, { externalId: "U1600", displayName: "" }]);
  });

  it("a batch whose followers are all gone, or that loaded no recipients, makes no request", () => {
    expect(cutIntoRequests(key, flat(20, () => true))).toEqual([]);
    expect(cutIntoRequests(key, null)).toEqual([]);
  });
});
