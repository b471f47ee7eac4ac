import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { webhookBodySchema, type SupportedWebhookEvent } from "@/lib/platform/schemas";

/** `["events", 2, "source", "userId"]` → `events[2].source.userId`, the way a sender reads its own JSON. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${String(segment)}` : String(segment);
  }
  return out || "body";
}

// A missing field reads better as "Required" than as "expected string, received undefined".
const requiredWhenMissing: z.core.$ZodErrorMap = (issue) =>
  issue.code === "invalid_type" && issue.input === undefined ? "Required" : undefined;

/** Decodes and validates a webhook body; the 400 names the first bad field. */
export function parseWebhookBody(rawBody: Uint8Array): SupportedWebhookEvent[] {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(rawBody));
  } catch {
    throw new AppError("bad_request", 'The body must be UTF-8 JSON like { "events": [ ... ] }. Check quotes, commas and brackets.');
  }
  const parsed = webhookBodySchema.safeParse(json, { error: requiredWhenMissing });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("bad_request", `${formatIssuePath(issue.path)}: ${issue.message}`);
  }
  // Stamp events always fail validation (see schemas.ts), so what passes is a supported event.
  return parsed.data.events as SupportedWebhookEvent[];
}
