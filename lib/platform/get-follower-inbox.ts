import "server-only";
import { prisma } from "@/lib/db";

const TOKEN_PATTERN = /^[0-9a-f]{32}$/;

/** The follower behind a private inbox link, with the one account that link belongs to. */
export async function findFollowerInbox({ token }: { token: string }) {
  if (!TOKEN_PATTERN.test(token)) return null;
  return prisma.follower.findUnique({
    where: { inboxToken: token },
    select: { status: true, account: { select: { handle: true, name: true, category: true } } },
  });
}
