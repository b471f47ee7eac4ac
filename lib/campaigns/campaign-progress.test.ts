import { describe, expect, it } from "vitest";
import { isProgressLive, progressOfView, progressPercent } from "@/lib/campaigns/campaign-progress";

const counters = { targeted: 60, sent: 60, failed: 0, opened: 0, clicked: 0 };

describe("the campaign page's progress", () => {
  it("comes from the campaign snapshot the page shows, so a finished send is shown finished and not polled", () => {
    const progress = progressOfView({ status: "sent", scheduledAt: null, finishedAt: "2026-11-27T04:19:59.023Z", counters }, null);
    expect(progress).toEqual({ status: "sent", scheduledAt: null, finishedAt: "2026-11-27T04:19:59.023Z", error: null, counters });
    expect(isProgressLive(progress)).toBe(false);
    expect(progressPercent(progress.counters)).toBe(100);

    const sending = progressOfView({ status: "sending", scheduledAt: null, finishedAt: null, counters: { ...counters, sent: 59 } }, null);
    expect(isProgressLive(sending)).toBe(true);
    expect(progressPercent(sending.counters)).toBe(98);
  });

  it("carries a failure reason only for a failed campaign", () => {
    const reason = "The gateway refused the token.";
    expect(progressOfView({ status: "failed", scheduledAt: null, finishedAt: "2026-11-27T04:19:59.023Z", counters }, reason).error).toBe(reason);
    expect(progressOfView({ status: "sent", scheduledAt: null, finishedAt: "2026-11-27T04:19:59.023Z", counters }, reason).error).toBeNull();
  });
});
