import "server-only";
import { prisma } from "@/lib/db";
import { can, forbidLastOwner, forbidOwnerGrant } from "@/lib/members/owner-rules";
import { countOwners, lockMembership } from "@/lib/members/lock-membership";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { RemoveMemberInput } from "@/lib/members/schemas";
import type { Role } from "@/lib/generated/prisma/enums";

export async function removeMember({
  accountId,
  actor,
  input,
}: {
  accountId: string;
  actor: { id: string; role: Role };
  input: RemoveMemberInput;
}) {
  await prisma.$transaction(async (tx) => {
    const membership = await lockMembership(tx, { accountId, membershipId: input.membershipId });
    if (membership.role === "owner" && !can(actor.role, "members.grant_owner")) forbidOwnerGrant();
    if (membership.role === "owner" && (await countOwners(tx, accountId)) <= 1) forbidLastOwner("remove");
    await tx.membership.delete({ where: { id: membership.id } });
    await writeAuditLog(tx, {
      accountId,
      actorId: actor.id,
      action: "member.removed",
      details: { userId: membership.userId, role: membership.role },
    });
  });
}
