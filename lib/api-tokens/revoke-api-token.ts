import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import type { RevokeApiTokenInput } from "@/lib/api-tokens/schemas";

/** Takes effect on the next request: every API call looks the token up again. */
export async function revokeApiToken({ accountId, actorId, input }: { accountId: string; actorId: string; input: RevokeApiTokenInput }) {
  await prisma.$transaction(async (tx) => {
    // Guarded on revokedAt so two clicks write one revocation and one audit line.
    const { count } = await tx.apiToken.updateMany({
      where: { id: input.tokenId, accountId, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count !== 1) {
      const existing = await tx.apiToken.findFirst({ where: { id: input.tokenId, accountId }, select: { revokedAt: true } });
      if (!existing) throw new AppError("not_found", "There is no such token in this account. Reload the page.");
      throw new AppError("conflict", "This token was already revoked.");
    }
    const token = await tx.apiToken.findFirstOrThrow({ where: { id: input.tokenId, accountId }, select: { name: true, prefix: true } });
    await writeAuditLog(tx, { accountId, actorId, action: "api_token.revoked", details: { tokenId: input.tokenId, name: token.name, prefix: token.prefix } });
  });
}
