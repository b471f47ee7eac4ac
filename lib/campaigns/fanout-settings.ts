function positiveIntFromEnv(name: string, fallback: number) {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** LINE multicast's limit: one `campaign.deliver` job of the http transport is one gateway request. */
export const GATEWAY_BATCH_SIZE = 500;
/**
 * The inbox transport is one UPDATE per batch with no request behind it: larger batches spread a
 * job's fixed cost (Redis round trips, the batch and campaign rows) over more recipients, while a
 * batch still commits in well under a second, so pause and cancel still act within one batch.
 * `INBOX_BATCH_SIZE` overrides it (tests use small batches to watch a send in flight).
 */
export const INBOX_BATCH_SIZE = positiveIntFromEnv("INBOX_BATCH_SIZE", 2_000);
/** Followers planned per transaction: large enough to amortise the round trips, small enough to keep locks short. */
export const PLAN_PAGE_SIZE = 10_000;
/** Planning waits while this many deliver jobs wait, so Redis holds a bounded backlog, not a million-follower plan. */
export const MAX_WAITING_BATCHES = 200;
/** After this many attempts (job retries and reconciler re-enqueues) a batch's rows are marked failed. */
export const MAX_BATCH_ATTEMPTS = 30;
