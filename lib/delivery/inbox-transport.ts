import "server-only";
import { resolveBatch } from "@/lib/campaigns/resolve-batch";
import type { Transport } from "@/lib/delivery/types";

/**
 * Delivers into Friendcast's own follower inbox. A sent delivery row IS the inbox entry (the inbox
 * renders the campaign's bubbles for the follower when it is read), so delivering a batch is the
 * one statement that resolves it as sent: no recipient passes through the worker.
 */
export const inboxTransport: Transport = {
  kind: "database",
  name: "inbox",
  send: (key) => resolveBatch(key, { status: "sent" }),
};
