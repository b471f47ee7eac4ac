import "server-only";
import { prisma } from "@/lib/db";
import { buildFollowerWhere } from "@/lib/followers/build-follower-where";
import { followerRowSelect } from "@/lib/followers/follower-select";
import type { FollowerFilter } from "@/lib/followers/schemas";

export const FOLLOWER_PAGE_SIZE = 50;


type ListFollowersInput = {
  accountId: string;
  filter: Partial<FollowerFilter>;
  /** Older than this id: the "Next page" cursor. */
  after?: bigint;
  /** Newer than this id: the "Previous page" cursor. Ignored when `after` is set. */
  before?: bigint;
  limit?: number;
  now?: Date;
};

/**
 * One page of an account's followers, newest first, by keyset on the id (`id < cursor ORDER BY id
 * DESC`): a page costs the same at page 1 and page 10,000, and followers added while someone pages
 * land before page 1 instead of shifting everything by one. `olderCursor`/`newerCursor` are set
 * only when there is something on that side.
 */
export async function listFollowers({ accountId, filter, after, before, limit = FOLLOWER_PAGE_SIZE, now }: ListFollowersInput) {
  const where = buildFollowerWhere(accountId, filter, now);
  if (after === undefined && before !== undefined) {
    const newer = await prisma.follower.findMany({
      where: { ...where, id: { gt: before } },
      orderBy: { id: "asc" },
      take: limit + 1,
      select: followerRowSelect,
    });
    // Fewer than a page newer than the cursor means we are back at the top: show a full first page.
    if (newer.length > limit) {
      const followers = newer.slice(0, limit).reverse();
      return { followers, newerCursor: followers[0]!.id, olderCursor: followers.at(-1)!.id };
    }
  }
  const rows = await prisma.follower.findMany({
    where: after === undefined ? where : { ...where, id: { lt: after } },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: followerRowSelect,
  });
  const followers = rows.slice(0, limit);
  return {
    followers,
    // Coming from a newer page there is always a way back; the first page has none.
    newerCursor: after !== undefined && followers.length > 0 ? followers[0]!.id : undefined,
    olderCursor: rows.length > limit ? followers.at(-1)!.id : undefined,
  };
}

export type FollowerListRow = Awaited<ReturnType<typeof listFollowers>>["followers"][number];
