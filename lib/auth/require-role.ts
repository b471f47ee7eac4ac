import "server-only";
import { cache } from "react";
import { notFound } from "next/navigation";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, roleLabels, type Permission } from "@/lib/auth/roles";
import { getSessionUserOrRedirect, getSessionUserOrThrow, type SessionUser } from "@/lib/auth/get-session-user";
import type { Role } from "@/lib/generated/prisma/enums";

const permissionPhrases: Record<Permission, string> = {
  "account.view": "open this account",
  "account.edit": "change this account's settings",
  "members.manage": "manage members",
  "members.grant_owner": "grant or remove the owner role",
  "reports.view": "read reports",
  "followers.view": "see followers",
  "followers.edit": "change followers",
  "campaigns.compose": "compose campaigns",
  "campaigns.send": "send campaigns",
  "tokens.manage": "manage API tokens",
};

export type AccountContext = {
  user: SessionUser;
  role: Role;
  account: { id: string; handle: string; name: string; timezone: string; plan: "free" | "light" | "standard" };
};

// cache() dedupes the lookup between a layout and its page within one request.
const findMembership = cache(async (handle: string, userId: string) =>
  prisma.membership.findFirst({
    where: { userId, account: { handle: handle.replace(/^@/, "").toLowerCase() } },
    select: { role: true, account: { select: { id: true, handle: true, name: true, timezone: true, plan: true } } },
  }),
);

export function forbiddenMessage(role: Role, permission: Permission): string {
  return `Your role (${roleLabels[role]}) can't ${permissionPhrases[permission]}. Ask an owner or admin of this account.`;
}

/**
 * For server actions and route handlers. A non-member gets the same not_found as a missing
 * account, so the answer never confirms that another tenant's account exists.
 */
export async function requireRole({ handle, permission }: { handle: string; permission: Permission }): Promise<AccountContext> {
  const user = await getSessionUserOrThrow();
  const membership = await findMembership(handle, user.id);
  if (!membership) throw new AppError("not_found", "There is no such account here. Check the address.");
  if (!can(membership.role, permission)) throw new AppError("forbidden", forbiddenMessage(membership.role, permission));
  return { user, role: membership.role, account: membership.account };
}

/** For pages and layouts: the 404 page for non-members, the sign-in page for visitors. */
export async function getAccountContextOrNotFound({ handle }: { handle: string }): Promise<AccountContext> {
  const user = await getSessionUserOrRedirect();
  const membership = await findMembership(decodeURIComponent(handle), user.id);
  if (!membership) notFound();
  return { user, role: membership.role, account: membership.account };
}
