import "server-only";
import { listFollowers } from "@/lib/followers/list-followers";

/** Followers a test can go to, found by exact external id or part of the name, as the follower list searches. */
export async function searchTestRecipients({ accountId, query }: { accountId: string; query: string }) {
  const q = query.trim();
  if (!q) return [];
  const { followers } = await listFollowers({ accountId, filter: { q, status: "following" }, limit: 8 });
  return followers.map((f) => ({ id: f.id.toString(), externalId: f.externalId, displayName: f.displayName }));
}
