import "server-only";
import { prisma } from "@/lib/db";
import { buildFollowerWhere } from "@/lib/followers/build-follower-where";
import type { FollowerFilter } from "@/lib/followers/schemas";

export const FOLLOWER_COUNT_CAP = 10_000;
export const FOLLOWER_COUNT_BUDGET_MS = 300;

type CountFollowersInput = {
  accountId: string;
  filter: Partial<FollowerFilter>;
  /** Stop counting past this many: "10,000+" says all a list needs to say. */
  cap?: number;
  /** Give up after this long: a rare filter over a million followers can't be counted in a page view. */
  budgetMs?: number;
  now?: Date;
};

function isStatementTimeout(error: unknown): boolean {
  const cause = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } })?.meta?.driverAdapterError?.cause;
  return cause?.originalCode === "57014";
}

/**
 * How many followers a list shows, when that is cheap to know: counted up to `cap`, within
 * `budgetMs` (PostgreSQL cancels the count past it). null means "too many to count now" — the
 * list then says "50+" from its own next-page cursor instead of making every page view pay for a
 * scan of the account.
 */
export async function countFollowers({ accountId, filter, cap = FOLLOWER_COUNT_CAP, budgetMs = FOLLOWER_COUNT_BUDGET_MS, now }: CountFollowersInput) {
  const where = buildFollowerWhere(accountId, filter, now);
  try {
    const counted = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL statement_timeout = ${Math.max(1, Math.round(budgetMs))}`);
      // With `take`, Prisma orders by id unless told otherwise, which ties the count to a walk of the
      // id index (over a second at a million followers for a narrow filter). Ordering by the account,
      // a constant here, lets PostgreSQL count from whichever index fits the filter.
      return tx.follower.count({ where, take: cap + 1, orderBy: { accountId: "asc" } });
    });
    return { count: Math.min(counted, cap), isCapped: counted > cap };
  } catch (error) {
    if (isStatementTimeout(error)) return null;
    throw error;
  }
}
