import type { Job, Worker } from "bullmq";
import type { ResolvedBatch } from "@/lib/campaigns/resolve-batch";
import type { RenderedBubble } from "@/lib/delivery/render-bubbles";

export type Recipient = { externalId: string; bubbles: RenderedBubble[] };

/** One `campaign.deliver` batch, rendered: at most 500 recipients, one retry key. */
export type OutboundBatch = { batchId: string; accountId: string; campaignId: string; recipients: Recipient[] };

/** Per batch: everyone sent, or everyone failed with the reason (a permanent refusal). */
export type SendOutcome = { kind: "sent" } | { kind: "failed"; reason: string };

export type JobContext = { job: Job; token?: string; worker: Worker };

export type BatchKey = { campaignId: string; batchNo: number };

/**
 * `database` transports deliver a planned batch inside PostgreSQL — write its rows as sent,
 * resolve the batch and count, atomically — so no recipient passes through the worker. `remote` ones get the rendered batch and call out first; the caller marks afterwards,
 * and the retry key makes a retry after an unrecorded success harmless. `batchSize` is how many
 * recipients planning puts in one batch for this transport.
 */
export type Transport =
  | { kind: "database"; name: "inbox"; batchSize: number; send(key: BatchKey): Promise<ResolvedBatch> }
  | { kind: "remote"; name: "http"; batchSize: number; send(batch: OutboundBatch, context: JobContext): Promise<SendOutcome> };
