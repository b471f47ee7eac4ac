import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { can, forbidOwnerGrant } from "@/lib/members/owner-rules";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { AddMemberInput } from "@/lib/members/schemas";
import type { Role } from "@/lib/generated/prisma/enums";

export async function addMember({
  accountId,
  actor,
  input,
}: {
  accountId: string;
  actor: { id: string; role: Role };
  input: AddMemberInput;
}) {
  if (input.role === "owner" && !can(actor.role, "members.grant_owner")) forbidOwnerGrant();
  const user = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!user) {
    throw new AppError("not_found", `No one has signed up with ${input.email} yet. Ask them to sign up first, then add them.`, {
      fields: { email: "No user with this email. They need to sign up first." },
    });
  }
  try {
    return await prisma.$transaction(async (tx) => {
      const membership = await tx.membership.create({
        data: { accountId, userId: user.id, role: input.role },
        select: { id: true, role: true },
      });
      await writeAuditLog(tx, {
        accountId,
        actorId: actor.id,
        action: "member.added",
        details: { userId: user.id, email: input.email, role: input.role },
      });
      return membership;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("conflict", `${input.email} is already a member. Change their role in the list instead.`, {
        fields: { email: "Already a member of this account." },
      });
    }
    throw error;
  }
}
