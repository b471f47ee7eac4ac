import "server-only";
import { AppError } from "@/lib/errors";
import { getRedis } from "@/lib/redis";

export const ADD_FRIEND_WINDOW_SECONDS = 60 * 60;
/** Generous for a shop's counter on one Wi-Fi, tight enough that a script can't mint followers. */
export const MAX_ADD_FRIENDS_PER_ADDRESS = 30;

function addressKey(address: string) {
  return `friendcast:add-friend:ip:${address}`;
}

/** Counts this attempt and throws `rate_limited` once the address passed the hourly limit. */
export async function assertAddFriendAllowed(address: string): Promise<void> {
  const key = addressKey(address);
  // NX on EXPIRE keeps the window fixed from the first attempt instead of sliding forever.
  const [[, count], , [, ttl]] = (await getRedis()
    .multi()
    .incr(key)
    .expire(key, ADD_FRIEND_WINDOW_SECONDS, "NX")
    .ttl(key)
    .exec()) as [[null, number], [null, number], [null, number]];
  if (count <= MAX_ADD_FRIENDS_PER_ADDRESS) return;
  const retryAfterSeconds = Math.max(1, ttl);
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw new AppError(
    "rate_limited",
    `Too many friend-adds from your network in the last hour. Wait ${minutes} minute${minutes === 1 ? "" : "s"} and try again.`,
    { retryAfterSeconds },
  );
}
