import "server-only";
import { Worker } from "bullmq";
import { postToGateway, type GatewayConfig } from "@/lib/delivery/post-to-gateway";
import type { SendOutcome, Transport } from "@/lib/delivery/types";

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
 * A real messaging gateway. A batch goes as requests of at most 500 recipients (format in
 * post-to-gateway.ts), one after another, each under its own retry key, the same on every retry
 * of the batch: a 5xx or timeout — also after the gateway accepted — retries the batch, and the
 * parts the gateway already has answer 409, which counts as sent. Bubbles are rendered per
 * recipient ({displayName} filled in), so the gateway needs no template logic.
 */
export function createHttpTransport(config: GatewayConfig): Transport {
  return {
    kind: "remote",
    name: "http",
    async send(batch, { worker }) {
      const refused: SendOutcome["refused"] = [];
      for (const { requestId, recipients, first, last } of batch.parts) {
        const answer = await postToGateway(config, { batchId: requestId, recipients, bubbles: batch.bubbles });
        if ((answer.status >= 200 && answer.status < 300) || answer.status === 409) continue;
        if (answer.status === 429) {
          // The gateway limits everyone, not this batch: pause the whole queue, then retry without using an attempt.
          await worker.rateLimit(retryAfterMs(answer.retryAfter));
          throw Worker.RateLimitError();
        }
        if (answer.status >= 500) throw new Error(`Gateway answered ${answer.status} for ${requestId}: ${answer.text.slice(0, 200)}`);
        refused.push({
          first,
          last,
          reason: `Gateway refused the batch (${answer.status}): ${answer.text.slice(0, 300) || answer.statusText}`,
        });
      }
      return { refused };
    },
  };
}
