import { positiveIntFromEnv } from "@/lib/positive-int-from-env";

/** LINE multicast's limit: recipients in one request to the gateway. */
export const GATEWAY_REQUEST_SIZE = 500;
/**
 * Recipients in one `campaign.deliver` job, for either transport: a job's fixed cost (Redis round
 * trips, the batch and campaign rows) is spread over this many, while a batch still completes in
 * well under a second, so pause and cancel still act within one batch. The gateway gets the batch
 * as requests of at most GATEWAY_REQUEST_SIZE. `DELIVER_BATCH_SIZE` overrides it (tests use small
 * batches to watch a send in flight).
 */
export const DELIVER_BATCH_SIZE = positiveIntFromEnv("DELIVER_BATCH_SIZE", 2_000);
/** Followers planned per transaction: large enough to amortise the round trips, small enough to keep locks short. */
export const PLAN_PAGE_SIZE = 10_000;
/** Planning waits while this many deliver jobs wait, so Redis holds a bounded backlog, not a million-follower plan. */
export const MAX_WAITING_BATCHES = 200;
/** After this many attempts (job retries and reconciler re-enqueues) a batch's rows are marked failed. */
export const MAX_BATCH_ATTEMPTS = 30;
