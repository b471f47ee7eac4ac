/** LINE multicast's limit, and the size of one `campaign.deliver` job. */
export const BATCH_SIZE = 500;
/** Followers planned per transaction: large enough to amortise the round trips, small enough to keep locks short. */
export const PLAN_PAGE_SIZE = 10 * BATCH_SIZE;
/** Planning waits while this many deliver jobs wait, so Redis holds a bounded backlog, not a million-follower plan. */
export const MAX_WAITING_BATCHES = 200;
/** After this many attempts (job retries and reconciler re-enqueues) a batch's rows are marked failed. */
export const MAX_BATCH_ATTEMPTS = 30;
