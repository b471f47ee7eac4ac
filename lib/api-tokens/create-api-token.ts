import "server-only";
import { prisma } from "@/lib/db";
import { writeAuditLog } from "@/lib/audit/write-audit-log";
import { generateToken, hashToken } from "@/lib/api-tokens/hash-token";
import type { CreateApiTokenInput } from "@/lib/api-tokens/schemas";

/** Enough of the token to tell tokens apart in a list, far too little to guess the rest. */
export const TOKEN_DISPLAY_PREFIX_LENGTH = 10;

/**
 * Returns the secret once: only its hash is stored, so nobody (us included) can show it again.
 */
export async function createApiToken({ accountId, actorId, input }: { accountId: string; actorId: string; input: CreateApiTokenInput }) {
  const token = generateToken();
  const prefix = token.slice(0, TOKEN_DISPLAY_PREFIX_LENGTH);
  const apiToken = await prisma.$transaction(async (tx) => {
    const created = await tx.apiToken.create({
      data: { accountId, name: input.name, prefix, tokenHash: hashToken(token), createdById: actorId },
      select: { id: true, name: true, prefix: true },
    });
    await writeAuditLog(tx, { accountId, actorId, action: "api_token.created", details: { tokenId: created.id, name: created.name, prefix } });
    return created;
  });
  return { token, apiToken };
}
