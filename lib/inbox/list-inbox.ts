import "server-only";
import { z } from "zod";
import { prisma } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { bubblesSchema, type Bubble } from "@/lib/campaigns/schemas";
import type { RenderedBubble } from "@/lib/delivery/render-bubbles";

// Every read of what reached a follower goes through this file, so the storage underneath
// (inbox_messages today; deliveries + campaign bubbles rendered at read time tomorrow) can change
// without touching a page.

export const INBOX_PAGE_SIZE = 50;
const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

export type InboxMessage = {
  deliveryId: bigint;
  campaignId: string;
  at: Date;
  /** What the follower sees: `{displayName}` already filled in. */
  bubbles: RenderedBubble[];
  /** The campaign's own bubbles, the only source a tracked link may resolve to. */
  campaignBubbles: Bubble[];
};

/** Keyset position `<epoch ms>-<delivery id>`: the oldest message on the page, exclusive. */
export const inboxCursorSchema = z
  .string()
  .regex(/^\d{1,15}-\d{1,19}$/)
  .transform((value) => {
    const [ms, id] = value.split("-");
    return { at: new Date(Number(ms)), deliveryId: BigInt(id!) };
  });
export type InboxCursor = z.output<typeof inboxCursorSchema>;

export function formatInboxCursor(message: Pick<InboxMessage, "at" | "deliveryId">): string {
  return `${message.at.getTime()}-${message.deliveryId}`;
}

type Row = { delivery_id: bigint; campaign_id: string; created_at: Date; bubbles: unknown; messages: unknown };

/**
 * One follower's chat room, found by the private inbox token alone: the newest page of messages
 * (oldest first, as a chat reads), and whether older ones exist. Null for an unknown token.
 */
export async function listInbox({ token, before, limit = INBOX_PAGE_SIZE }: { token: string; before?: InboxCursor; limit?: number }) {
  if (!TOKEN_PATTERN.test(token)) return null;
  const follower = await prisma.follower.findUnique({
    where: { inboxToken: token },
    select: { id: true, displayName: true, status: true, account: { select: { handle: true, name: true, timezone: true } } },
  });
  if (!follower) return null;
  // Scoped by the follower row the token names and nothing else: no account or external id here.
  const rows = await prisma.$queryRaw<Row[]>`
    SELECT m.delivery_id, m.campaign_id, m.created_at, m.bubbles, c.messages
    FROM inbox_messages m JOIN campaigns c ON c.id = m.campaign_id
    WHERE m.follower_id = ${follower.id}
      ${before ? prismaBefore(before) : Prisma.empty}
    ORDER BY m.created_at DESC, m.delivery_id DESC
    LIMIT ${limit + 1}`;
  const hasOlder = rows.length > limit;
  const messages: InboxMessage[] = rows
    .slice(0, limit)
    .reverse()
    .map((row) => ({
      deliveryId: row.delivery_id,
      campaignId: row.campaign_id,
      at: row.created_at,
      bubbles: bubblesSchema.parse(row.bubbles),
      campaignBubbles: bubblesSchema.parse(row.messages),
    }));
  return {
    follower: { displayName: follower.displayName, status: follower.status },
    account: follower.account,
    messages,
    olderCursor: hasOlder && messages[0] ? formatInboxCursor(messages[0]) : null,
  };
}

function prismaBefore(before: InboxCursor) {
  return Prisma.sql`AND (m.created_at, m.delivery_id) < (${before.at}::timestamp(3), ${before.deliveryId})`;
}

export type InboxChat = {
  token: string;
  account: { handle: string; name: string; timezone: string };
  isBlocked: boolean;
  last: { at: Date; preview: string } | null;
};

type ChatRow = { inbox_token: string; handle: string; name: string; timezone: string; status: string; created_at: Date | null; bubbles: unknown };

/**
 * The chats a browser can open: one per inbox token it holds, with the account and the newest
 * message. Only those tokens are looked up, so nothing beyond what the browser was handed shows.
 */
export async function listInboxChats({ tokens }: { tokens: string[] }): Promise<InboxChat[]> {
  const valid = [...new Set(tokens.filter((t) => TOKEN_PATTERN.test(t)))];
  if (valid.length === 0) return [];
  const rows = await prisma.$queryRaw<ChatRow[]>`
    SELECT f.inbox_token, a.handle, a.name, a.timezone, f.status::text AS status, last.created_at, last.bubbles
    FROM followers f
    JOIN accounts a ON a.id = f.account_id
    LEFT JOIN LATERAL (
      SELECT m.created_at, m.bubbles FROM inbox_messages m
      WHERE m.follower_id = f.id ORDER BY m.created_at DESC, m.delivery_id DESC LIMIT 1
    ) last ON true
    WHERE f.inbox_token = ANY(${valid}::text[])`;
  return rows
    .map((row) => ({
      token: row.inbox_token,
      account: { handle: row.handle, name: row.name, timezone: row.timezone },
      isBlocked: row.status === "blocked",
      last: row.created_at ? { at: row.created_at, preview: previewOf(bubblesSchema.parse(row.bubbles)) } : null,
    }))
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
