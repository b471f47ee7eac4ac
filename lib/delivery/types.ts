import type { Job, Worker } from "bullmq";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RenderedBubble } from "@/lib/delivery/render-bubbles";

export type Recipient = { deliveryId: bigint; followerId: bigint; externalId: string; bubbles: RenderedBubble[] };

/** One `campaign.deliver` batch, rendered: at most 500 recipients, one retry key. */
export type OutboundBatch = { batchId: string; accountId: string; campaignId: string; recipients: Recipient[] };

/** Per batch: everyone sent, or everyone failed with the reason (a permanent refusal). */
export type SendOutcome = { kind: "sent" } | { kind: "failed"; reason: string };

export type JobContext = { job: Job; token?: string; worker: Worker };

/**
 * `database` transports write inside the transaction that marks the rows sent, so the write and
 * the mark commit together; `remote` ones call out first and rely on the retry key for retries.
 */
export type Transport =
  | { kind: "database"; name: "inbox"; send(batch: OutboundBatch, tx: Prisma.TransactionClient): Promise<bigint[]> }
  | { kind: "remote"; name: "http"; send(batch: OutboundBatch, context: JobContext): Promise<SendOutcome> };
