import type { Job, Worker } from "bullmq";
import type { ResolvedBatch } from "@/lib/campaigns/resolve-batch";
import type { Bubble } from "@/lib/campaigns/schemas";
import type { GatewayRecipient } from "@/lib/delivery/gateway-body";

/** Recipients by their place in the frozen batch, `first`…`last` counted from 1. */
export type PositionRange = { first: number; last: number };

/**
 * One `campaign.deliver` batch as the gateway requests it takes: the campaign's bubbles (rendered
 * per recipient when the request is built) and parts of at most GATEWAY_REQUEST_SIZE recipients,
 * each under its own retry key, the same on every retry of the batch.
 */
export type OutboundBatch = {
  accountId: string;
  campaignId: string;
  bubbles: Bubble[];
  parts: ({ requestId: string; recipients: GatewayRecipient[] } & PositionRange)[];
};

/** Parts the gateway refused for good (a 4xx other than 409 and 429), with its answer; every other recipient was accepted. */
export type SendOutcome = { refused: (PositionRange & { reason: string })[] };

export type JobContext = { job: Job; token?: string; worker: Worker };

export type BatchKey = { campaignId: string; batchNo: number };

/**
 * `database` transports deliver a planned batch inside PostgreSQL — write its rows as sent,
 * resolve the batch and count, atomically — so no recipient passes through the worker. `remote` ones get the rendered batch and call out first; the caller marks afterwards,
 * and the retry keys make a retry after an unrecorded success harmless.
 */
export type Transport =
  | { kind: "database"; name: "inbox"; send(key: BatchKey): Promise<ResolvedBatch> }
  | { kind: "remote"; name: "http"; send(batch: OutboundBatch, context: JobContext): Promise<SendOutcome> };
