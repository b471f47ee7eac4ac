import "server-only";
import { prisma } from "@/lib/db";
import { applyFollow } from "@/lib/followers/apply-follow";
import type { Prisma } from "@/lib/generated/prisma/client";
import { retryOnUniqueConflict } from "@/lib/platform/retry-on-unique-conflict";
import type { SupportedWebhookEvent } from "@/lib/platform/schemas";

type Outcome = "applied" | "ignored";
type Tx = Prisma.TransactionClient;

export type WebhookResult = { applied: number; duplicates: number; ignored: number };

function followerKey(accountId: string, externalId: string) {
  return { accountId_externalId: { accountId, externalId } };
}

// A follow older than the unfollow we already hold arrived late (another batch, a retry): the
// person's latest word was the unfollow, so it stands.
async function applyFollowEvent(tx: Tx, accountId: string, event: Extract<SupportedWebhookEvent, { type: "follow" }>, at: Date): Promise<Outcome> {
  const externalId = event.source.userId;
  const current = await tx.follower.findUnique({ where: followerKey(accountId, externalId), select: { status: true, unfollowedAt: true } });
  if (current?.status === "blocked" && current.unfollowedAt && current.unfollowedAt > at) return "ignored";
  await applyFollow(tx, { accountId, externalId, profile: event.profile, at, source: "webhook" });
  return "applied";
}

/**
 * An unfollow for someone we never saw is ignored: the platform only sends it for friends, so an
 * unknown id means the follow predates the webhook, and inventing a blocked follower with no
 * profile would only add a phantom to the counts. History is kept; the row becomes `blocked`.
 */
async function applyUnfollowEvent(tx: Tx, accountId: string, externalId: string, at: Date): Promise<Outcome> {
  const follower = await tx.follower.findUnique({ where: followerKey(accountId, externalId), select: { id: true, status: true, followedAt: true } });
  if (!follower || follower.status === "blocked" || follower.followedAt > at) return "ignored";
  await tx.follower.update({ where: { id: follower.id }, data: { status: "blocked", unfollowedAt: at } });
  await tx.followerActivity.create({ data: { accountId, followerId: follower.id, kind: "unfollowed", occurredAt: at } });
  return "applied";
}

/**
 * Messages and postbacks from an unknown id are ignored for the same reason as unfollows; the
 * account can bring such people in with an import. lastInteractionAt only moves forward, so a
 * late event can't make an active follower look idle.
 */
async function applyInteractionEvent(
  tx: Tx,
  accountId: string,
  externalId: string,
  at: Date,
  kind: "message" | "postback",
  detail: Prisma.InputJsonObject,
): Promise<Outcome> {
  const follower = await tx.follower.findUnique({ where: followerKey(accountId, externalId), select: { id: true, lastInteractionAt: true } });
  if (!follower) return "ignored";
  await tx.followerActivity.create({ data: { accountId, followerId: follower.id, kind, occurredAt: at, detail } });
  if (!follower.lastInteractionAt || follower.lastInteractionAt < at) {
    await tx.follower.update({ where: { id: follower.id }, data: { lastInteractionAt: at } });
  }
  return "applied";
}

function applyEvent(tx: Tx, accountId: string, event: SupportedWebhookEvent): Promise<Outcome> {
  const at = new Date(event.timestamp);
  const externalId = event.source.userId;
  switch (event.type) {
    case "follow":
      return applyFollowEvent(tx, accountId, event, at);
    case "unfollow":
      return applyUnfollowEvent(tx, accountId, externalId, at);
    case "message":
      return applyInteractionEvent(tx, accountId, externalId, at, "message", { text: event.message.text });
    case "postback":
      return applyInteractionEvent(tx, accountId, externalId, at, "postback", { data: event.postback.data });
  }
}

/**
 * Applies one webhook batch in a single transaction: every event or none. Event ids are claimed
 * first with ON CONFLICT DO NOTHING in the same transaction as their effects, so a redelivered
 * id (even one racing its twin in a parallel request, which waits on the row lock) changes
 * nothing. Events run in timestamp order; ties keep the order they were sent in.
 */
export async function applyWebhookEvents({ accountId, events }: { accountId: string; events: SupportedWebhookEvent[] }): Promise<WebhookResult> {
  const ordered = events.map((event, index) => ({ event, index })).sort((a, b) => a.event.timestamp - b.event.timestamp || a.index - b.index);
  // Claiming ids in one sorted order keeps two overlapping batches from deadlocking on each other's rows.
  const claims = [...new Map(events.map((e) => [e.id, { accountId, eventId: e.id, type: e.type }])).values()].sort((a, b) =>
    a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0,
  );

  return retryOnUniqueConflict(() =>
    prisma.$transaction(
      async (tx) => {
        const claimed = await tx.webhookEvent.createManyAndReturn({ data: claims, skipDuplicates: true, select: { eventId: true } });
        const fresh = new Set(claimed.map((c) => c.eventId));
        const result: WebhookResult = { applied: 0, duplicates: 0, ignored: 0 };
        for (const { event } of ordered) {
          // Deleting on first use makes a second copy of an id within the same batch a duplicate too.
          if (!fresh.delete(event.id)) {
            result.duplicates += 1;
            continue;
          }
          result[await applyEvent(tx, accountId, event)] += 1;
        }
        return result;
      },
      { maxWait: 10_000, timeout: 30_000 },
    ),
  );
}
