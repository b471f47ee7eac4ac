import "server-only";
import { prisma } from "@/lib/db";
import { can, forbidLastOwner, forbidOwnerGrant } from "@/lib/members/owner-rules";
import { countOwners, lockMembership } from "@/lib/members/lock-membership";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { ChangeMemberRoleInput } from "@/lib/members/schemas";
import type { Role } from "@/lib/generated/prisma/enums";

export async function changeMemberRole({
  accountId,
  actor,
  input,
}: {
  accountId: string;
  actor: { id: string; role: Role };
  input: ChangeMemberRoleInput;
}) {
  return prisma.$transaction(async (tx) => {
    const membership = await lockMembership(tx, { accountId, membershipId: input.membershipId });
    if (membership.role === input.role) return membership;
    const touchesOwner = membership.role === "owner" || input.role === "owner";
    if (touchesOwner && !can(actor.role, "members.grant_owner")) forbidOwnerGrant();
    if (membership.role === "owner" && (await countOwners(tx, accountId)) <= 1) forbidLastOwner("demote");
    const updated = await tx.membership.update({
      where: { id: membership.id },
      data: { role: input.role },
      select: { id: true, role: true, userId: true },
    });
    await writeAuditLog(tx, {
      accountId,
      actorId: actor.id,
      action: "member.role_changed",
      details: { userId: membership.userId, before: membership.role, after: input.role },
    });
    return updated;
  });
}
