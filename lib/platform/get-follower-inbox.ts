import "server-only";
import { prisma } from "@/lib/db";
import { isInboxToken } from "@/lib/inbox/is-inbox-token";

/** The follower behind a private inbox link, with the one account that link belongs to. */
export async function findFollowerInbox({ token }: { token: string }) {
  if (!isInboxToken(token)) return null;
  return prisma.follower.findUnique({
    where: { inboxToken: token },
    select: { status: true, account: { select: { handle: true, name: true, category: true } } },
  });
}
