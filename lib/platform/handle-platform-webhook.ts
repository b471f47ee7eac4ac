import "server-only";
import { HANDLE_PATTERN } from "@/lib/accounts/schemas";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applyWebhookEvents, type WebhookResult } from "@/lib/platform/apply-webhook-events";
import { parseWebhookBody } from "@/lib/platform/parse-webhook-body";
import { readBodyWithLimit } from "@/lib/platform/read-body-with-limit";
import { MAX_WEBHOOK_BODY_BYTES } from "@/lib/platform/schemas";
import { SIGNATURE_HEADER, verifyWebhookSignature } from "@/lib/platform/verify-webhook-signature";

// One answer for a malformed handle and an unknown one, so probing can't tell them apart.
const noSuchAccount = () => new AppError("not_found", "There is no account with this handle. Check the webhook URL in the account's channel settings.");

/**
 * The whole inbound path: account, size, signature, shape, then one transaction. The signature
 * is checked before the body is parsed, so nothing unsigned is ever interpreted.
 */
export async function handlePlatformWebhook({ handle, request }: { handle: string; request: Request }): Promise<WebhookResult> {
  const normalized = handle.replace(/^@/, "").toLowerCase();
  if (!HANDLE_PATTERN.test(normalized)) throw noSuchAccount();
  const account = await prisma.account.findUnique({ where: { handle: normalized }, select: { id: true, channelSecret: true } });
  if (!account) throw noSuchAccount();

  const rawBody = await readBodyWithLimit(request, MAX_WEBHOOK_BODY_BYTES);
  verifyWebhookSignature({ channelSecret: account.channelSecret, rawBody, signature: request.headers.get(SIGNATURE_HEADER) });
  const events = parseWebhookBody(rawBody);
  return applyWebhookEvents({ accountId: account.id, events });
}
