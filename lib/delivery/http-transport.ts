import "server-only";
import { Worker } from "bullmq";
import { signGatewayBody } from "@/lib/delivery/sign-gateway-body";
import { GATEWAY_BATCH_SIZE } from "@/lib/campaigns/fanout-settings";
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
 * A real messaging gateway. One POST per batch:
 *   { batchId, recipients: [externalId, …≤500], messages: [{ to: externalId, bubbles: RenderedBubble[] }] }
 * Bubbles are rendered per recipient ({displayName} filled in), so the gateway needs no template
 * logic. Headers: X-Friendcast-Signature (base64 HMAC-SHA256 of the raw body under GATEWAY_SECRET)
 * and X-Retry-Key = batchId, the same on every retry, so a 5xx or timeout after the gateway
 * accepted is safe to retry: the gateway answers 409 and we count the batch as sent.
 */
export function createHttpTransport({ url, secret, timeoutMs }: { url: string; secret: string; timeoutMs: number }): Transport {
  return {
    kind: "remote",
    name: "http",
    batchSize: GATEWAY_BATCH_SIZE,
    async send(batch, { worker }) {
      const body = JSON.stringify({
        batchId: batch.batchId,
        recipients: batch.recipients.map((r) => r.externalId),
        messages: batch.recipients.map((r) => ({ to: r.externalId, bubbles: r.bubbles })),
      });
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            "x-friendcast-signature": signGatewayBody(body, secret),
            "x-retry-key": batch.batchId,
          },
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        // Timeout or connection failure: the gateway may or may not have the batch; the retry key settles it.
        throw new Error(`Gateway unreachable for ${batch.batchId}: ${(error as Error).message}`);
      }
      const text = await response.text().catch(() => "");
      if (response.ok || response.status === 409) return { kind: "sent" };
      if (response.status === 429) {
        // The gateway limits everyone, not this batch: pause the whole queue, then retry without using an attempt.
        await worker.rateLimit(retryAfterMs(response.headers.get("retry-after")));
        throw Worker.RateLimitError();
      }
      if (response.status >= 500) throw new Error(`Gateway answered ${response.status} for ${batch.batchId}: ${text.slice(0, 200)}`);
      return { kind: "failed", reason: `Gateway refused the batch (${response.status}): ${text.slice(0, 300) || response.statusText}` };
    },
  };
}
