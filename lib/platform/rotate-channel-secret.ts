import "server-only";
import { createChannelSecret } from "@/lib/accounts/create-channel-secret";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { prisma } from "@/lib/db";

/**
 * Replaces the account's channel secret. The old one stops working at once (webhooks signed
 * with it get 401), as on LINE; the audit line records who did it, never either secret.
 */
export async function rotateChannelSecret({ accountId, actorId }: { accountId: string; actorId: string }): Promise<void> {
  await prisma.$transaction(async (tx) => {
    await tx.account.update({ where: { id: accountId }, data: { channelSecret: createChannelSecret() }, select: { id: true } });
    await writeAuditLog(tx, { accountId, actorId, action: "account.channel_secret_rotated" });
  });
}
