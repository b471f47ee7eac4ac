const MAX_BIGINT = 9_223_372_036_854_775_807n;

/**
 * A follower id (or a list cursor) from a URL segment or query value. Anything that isn't a
 * positive PostgreSQL bigint is undefined, so callers answer it with the same 404 as a missing id.
 */
export function parseFollowerId(value: string | null | undefined): bigint | undefined {
  if (!value || !/^[0-9]{1,19}$/.test(value)) return undefined;
  const id = BigInt(value);
  return id > 0n && id <= MAX_BIGINT ? id : undefined;
}
