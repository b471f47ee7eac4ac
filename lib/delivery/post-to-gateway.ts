import "server-only";
import type { Bubble } from "@/lib/campaigns/schemas";
import { gatewayBody, type GatewayRecipient } from "@/lib/delivery/gateway-body";
import { postJson, type PostAnswer } from "@/lib/delivery/post-json";
import { signGatewayBody } from "@/lib/delivery/sign-gateway-body";

export type GatewayConfig = { url: string; secret: string; timeoutMs: number; publicOrigin: string };

export type GatewayAnswer = PostAnswer;

/**
 * One signed POST of bubbles rendered for each recipient to the gateway — the wire format both
 * campaign batches and test messages use (built by gateway-body.ts):
 *   { batchId, recipients: [externalId, …], messages: [{ to: externalId, bubbles: RenderedBubble[] }] }
 * X-Friendcast-Signature is the base64 HMAC-SHA256 of the raw body under the secret; X-Retry-Key
 * is the batchId, the same on every retry of the same batch. Uploaded images go out as absolute
 * URLs on publicOrigin (APP_URL). Throws when the gateway can't be reached; every answer is returned.
 */
export async function postToGateway(
  config: GatewayConfig,
  { batchId, recipients, bubbles }: { batchId: string; recipients: GatewayRecipient[]; bubbles: Bubble[] },
): Promise<GatewayAnswer> {
  const body = gatewayBody({ batchId, recipients, bubbles, origin: config.publicOrigin });
  try {
    return await postJson(
      config.url,
      body,
      { "x-friendcast-signature": signGatewayBody(body, config.secret), "x-retry-key": batchId },
      config.timeoutMs,
    );
  } catch (error) {
    // Timeout or connection failure: the gateway may or may not have the batch; the retry key settles it.
    throw new Error(`Gateway unreachable for ${batchId}: ${(error as Error).message}`);
  }
}
