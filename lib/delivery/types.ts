import type { Job, Worker } from "bullmq";
import type { RenderedBubble } from "@/lib/delivery/render-bubbles";

export type Recipient = { deliveryId: bigint; followerId: bigint; externalId: string; bubbles: RenderedBubble[] };

/** One `campaign.deliver` batch, rendered: at most 500 recipients, one retry key. */
export type OutboundBatch = { batchId: string; accountId: string; campaignId: string; recipients: Recipient[] };

/** Per batch: everyone sent, or everyone failed with the reason (a permanent refusal). */
export type SendOutcome = { kind: "sent" } | { kind: "failed"; reason: string };

export type JobContext = { job: Job; token?: string; worker: Worker };

/**
 * `database` transports write, mark the rows sent, resolve the batch and count, all atomically
 * (returning how many they sent); `remote` ones call out first, the caller marks afterwards, and
 * the retry key makes a retry after an unrecorded success harmless.
 */
export type Transport =
  | { kind: "database"; name: "inbox"; send(batch: OutboundBatch, key: { batchNo: number }): Promise<number> }
  | { kind: "remote"; name: "http"; send(batch: OutboundBatch, context: JobContext): Promise<SendOutcome> };
