import "server-only";
import { cache } from "react";
import { HANDLE_PATTERN } from "@/lib/accounts/schemas";
import { prisma } from "@/lib/db";

/**
 * What anyone may see about an account: its public profile, never its secret or members.
 * Cached per request because the page and its metadata both ask.
 */
export const findPublicAccount = cache(async (handle: string) => {
  const normalized = decodeURIComponent(handle).replace(/^@/, "").toLowerCase();
  if (!HANDLE_PATTERN.test(normalized)) return null;
  return prisma.account.findUnique({
    where: { handle: normalized },
    select: { id: true, handle: true, name: true, kind: true, category: true, area: true, description: true },
  });
});
