import "server-only";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

/**
 * Runs a transaction again once when it lost a race on a unique key: two first friend-adds of
 * the same person both see no follower and both insert. The retry sees the winner's row and
 * takes the update path, so the loser answers like a normal request instead of a 409.
 */
export async function retryOnUniqueConflict<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return run();
  }
}
