import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { createChannelSecret } from "@/lib/accounts/create-channel-secret";
import type { CreateAccountInput } from "@/lib/accounts/schemas";

/** Creates the account and its owner membership together: never an account nobody can open. */
export async function createAccount({ ownerId, input }: { ownerId: string; input: CreateAccountInput }) {
  try {
    return await prisma.$transaction(async (tx) => {
      const account = await tx.account.create({
        data: { ...input, channelSecret: createChannelSecret(), memberships: { create: { userId: ownerId, role: "owner" } } },
        select: { id: true, handle: true, name: true },
      });
      await writeAuditLog(tx, { accountId: account.id, actorId: ownerId, action: "account.created", details: { handle: account.handle } });
      return account;
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("conflict", `The handle @${input.handle} is taken. Choose another one.`, {
        fields: { handle: `@${input.handle} is already taken. Try another handle.` },
      });
    }
    throw error;
  }
}
