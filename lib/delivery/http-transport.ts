import "server-only";
import { Worker } from "bullmq";
import { GATEWAY_BATCH_SIZE } from "@/lib/campaigns/fanout-settings";
import { postToGateway, type GatewayConfig } from "@/lib/delivery/post-to-gateway";
import type { Transport } from "@/lib/delivery/types";

/** Longest a 429 may hold the whole deliveries queue; a gateway asking for more gets retried later anyway. */
const MAX_RATE_LIMIT_MS = 60_000;

function retryAfterMs(header: string | null): number {
  if (!header) return 1_000;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.min(MAX_RATE_LIMIT_MS, Math.max(100, seconds * 1_000));
  const at = Date.parse(header);
  return Number.isNaN(at) ? 1_000 : Math.min(MAX_RATE_LIMIT_MS, Math.max(100, at - Date.now()));
}

/**
 * A real messaging gateway. One POST per batch of ≤500 recipients (format in post-to-gateway.ts).
 * Bubbles are rendered per recipient ({displayName} filled in), so the gateway needs no template
 * logic. X-Retry-Key = batchId, the same on every retry, so a 5xx or timeout after the gateway
 * accepted is safe to retry: the gateway answers 409 and we count the batch as sent.
 */
export function createHttpTransport(config: GatewayConfig): Transport {
  return {
    kind: "remote",
    name: "http",
    batchSize: GATEWAY_BATCH_SIZE,
    async send(batch, { worker }) {
      const answer = await postToGateway(config, { batchId: batch.batchId, recipients: batch.recipients });
      if ((answer.status >= 200 && answer.status < 300) || answer.status === 409) return { kind: "sent" };
      if (answer.status === 429) {
        // The gateway limits everyone, not this batch: pause the whole queue, then retry without using an attempt.
        await worker.rateLimit(retryAfterMs(answer.retryAfter));
        throw Worker.RateLimitError();
      }
      if (answer.status >= 500) throw new Error(`Gateway answered ${answer.status} for ${batch.batchId}: ${answer.text.slice(0, 200)}`);
      return { kind: "failed", reason: `Gateway refused the batch (${answer.status}): ${answer.text.slice(0, 300) || answer.statusText}` };
    },
  };
}
