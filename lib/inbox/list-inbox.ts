import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { bubblesSchema, type Bubble } from "@/lib/campaigns/schemas";
import { renderBubbles, type RenderedBubble } from "@/lib/delivery/render-bubbles";
import { isInboxToken } from "@/lib/inbox/is-inbox-token";

// Every read of what reached a follower goes through this file. A campaign's entry is its sent
// delivery row, rendered here from the campaign's bubbles with the follower's name (the fan-out
// writes one narrow row per follower, not a copy of the message); test sends from the composer
// are stored rendered, in test_messages.

export const INBOX_PAGE_SIZE = 50;

export type InboxMessage = {
  /** Unique within the room, for React keys. */
  key: string;
  /** Null for a test send: it has no delivery to count opens and clicks against. */
  deliveryId: bigint | null;
  campaignId: string | null;
  at: Date;
  /** What the follower sees: `{displayName}` already filled in. */
  bubbles: RenderedBubble[];
  /** The campaign's own bubbles, the only source a tracked link may resolve to. */
  campaignBubbles: Bubble[];
};

/** Keyset position `<epoch ms>-<delivery id, 0 for a test send>`: the oldest message on the page, exclusive. */
export const inboxCursorSchema = z
  .string()
  .regex(/^\d{1,15}-\d{1,19}$/)
  .transform((value) => {
    const [ms, id] = value.split("-");
    return { at: new Date(Number(ms)), deliveryId: BigInt(id!) };
  });
export type InboxCursor = z.output<typeof inboxCursorSchema>;

export function formatInboxCursor(message: Pick<InboxMessage, "at" | "deliveryId">): string {
  return `${message.at.getTime()}-${message.deliveryId ?? 0}`;
}

type Row = { delivery_id: bigint | null; test_id: string | null; campaign_id: string | null; at: Date; bubbles: unknown; messages: unknown };

/**
 * One follower's chat room, found by the private inbox token alone: the newest page of messages
 * (oldest first, as a chat reads), and whether older ones exist. Null for an unknown token.
 */
export async function listInbox({ token, before, limit = INBOX_PAGE_SIZE }: { token: string; before?: InboxCursor; limit?: number }) {
  if (!isInboxToken(token)) return null;
  const follower = await prisma.follower.findUnique({
    where: { inboxToken: token },
    select: { id: true, accountId: true, displayName: true, status: true, account: { select: { handle: true, name: true, timezone: true } } },
  });
  if (!follower) return null;
  // Scoped by the follower row the token names and nothing else. The campaigns of its account
  // lead: one probe of the (campaign_id, follower_id) key per campaign, never a scan of deliveries.
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT * FROM (
      SELECT d.id AS delivery_id, NULL::uuid AS test_id, d.campaign_id, d.sent_at AS at, NULL::jsonb AS bubbles, c.messages
      FROM campaigns c JOIN deliveries d ON d.campaign_id = c.id AND d.follower_id = ${follower.id} AND d.status = 'sent'
      WHERE c.account_id = ${follower.accountId}::uuid
      UNION ALL
      SELECT NULL, t.id, t.campaign_id, t.created_at, t.bubbles, NULL
      FROM test_messages t WHERE t.follower_id = ${follower.id}
    ) m
    WHERE true ${before ? prismaBefore(before) : Prisma.empty}
    ORDER BY m.at DESC, coalesce(m.delivery_id, 0) DESC
    LIMIT ${limit + 1}`;
  const hasOlder = rows.length > limit;
  const messages: InboxMessage[] = rows
    .slice(0, limit)
    .reverse()
    .map((row) => {
      const campaignBubbles = row.messages ? bubblesSchema.parse(row.messages) : [];
      return {
        key: row.delivery_id !== null ? `d${row.delivery_id}` : `t${row.test_id}`,
        deliveryId: row.delivery_id,
        campaignId: row.campaign_id,
        at: row.at,
        bubbles: row.delivery_id !== null ? renderBubbles(campaignBubbles, { displayName: follower.displayName }) : bubblesSchema.parse(row.bubbles),
        campaignBubbles,
      };
    });
  return {
    follower: { displayName: follower.displayName, status: follower.status },
    account: follower.account,
    messages,
    olderCursor: hasOlder && messages[0] ? formatInboxCursor(messages[0]) : null,
  };
}

function prismaBefore(before: InboxCursor) {
  return Prisma.sql`AND (m.at, coalesce(m.delivery_id, 0)) < (${before.at}::timestamp(3), ${before.deliveryId})`;
}

export type InboxChat = {
  token: string;
  account: { handle: string; name: string; timezone: string };
  isBlocked: boolean;
  last: { at: Date; preview: string } | null;
};

type ChatRow = { inbox_token: string; display_name: string; handle: string; name: string; timezone: string; status: string; at: Date | null; bubbles: unknown; messages: unknown };

/**
 * The chats a browser can open: one per inbox token it holds, with the account and the newest
 * message. Only those tokens are looked up, so nothing beyond what the browser was handed shows.
 */
export async function listInboxChats({ tokens }: { tokens: string[] }): Promise<InboxChat[]> {
  const valid = [...new Set(tokens.filter((t) => isInboxToken(t)))];
  if (valid.length === 0) return [];
  const rows = await prisma.$queryRaw<ChatRow[]>`
    SELECT f.inbox_token, f.display_name, a.handle, a.name, a.timezone, f.status::text AS status, last.at, last.bubbles, last.messages
    FROM followers f
    JOIN accounts a ON a.id = f.account_id
    LEFT JOIN LATERAL (
      SELECT * FROM (
        (SELECT d.sent_at AS at, NULL::jsonb AS bubbles, c.messages
         FROM campaigns c JOIN deliveries d ON d.campaign_id = c.id AND d.follower_id = f.id AND d.status = 'sent'
         WHERE c.account_id = f.account_id ORDER BY d.sent_at DESC LIMIT 1)
        UNION ALL
        (SELECT t.created_at, t.bubbles, NULL FROM test_messages t WHERE t.follower_id = f.id ORDER BY t.created_at DESC LIMIT 1)
      ) newest ORDER BY at DESC LIMIT 1
    ) last ON true
    WHERE f.inbox_token = ANY(${valid}::text[])`;
  return rows
    .map((row) => {
      const bubbles = row.messages ? renderBubbles(bubblesSchema.parse(row.messages), { displayName: row.display_name }) : row.bubbles ? bubblesSchema.parse(row.bubbles) : [];
      return {
        token: row.inbox_token,
        account: { handle: row.handle, name: row.name, timezone: row.timezone },
        isBlocked: row.status === "blocked",
        last: row.at ? { at: row.at, preview: previewOf(bubbles) } : null,
      };
    })
    .sort((a, b) => (b.last?.at.getTime() ?? 0) - (a.last?.at.getTime() ?? 0) || a.account.name.localeCompare(b.account.name));
}

/** One line for the chat list, as a messenger shows it. */
function previewOf(bubbles: RenderedBubble[]): string {
  const last = bubbles[bubbles.length - 1];
  if (!last) return "";
  switch (last.type) {
    case "text":
      return last.text.replace(/\s+/g, " ").slice(0, 80);
    case "card":
      return `[Card] ${last.title}`;
    case "image":
      return "[Image]";
  }
}
