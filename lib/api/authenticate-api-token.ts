import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashToken, TOKEN_PREFIX } from "@/lib/api-tokens/hash-token";

export type ApiContext = { accountId: string; tokenId: string };

/** Resolves `Authorization: Bearer fc_…` to its account; a revoked or unknown token is 401. */
export async function authenticateApiToken(request: Request): Promise<ApiContext> {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match || !match[1]!.startsWith(TOKEN_PREFIX)) {
    throw new AppError("unauthorized", "Send an account API token as `Authorization: Bearer fc_…`. Create one in Settings → API tokens.");
  }
  const token = await prisma.apiToken.findUnique({
    where: { tokenHash: hashToken(match[1]!) },
    select: { id: true, accountId: true, revokedAt: true, lastUsedAt: true },
  });
  if (!token || token.revokedAt) {
    throw new AppError("unauthorized", "This API token is unknown or revoked. Create a new one in Settings → API tokens.");
  }
  // At most one write a minute per token: "last used" is for humans, not an audit trail.
  if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() > 60_000) {
    await prisma.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  }
  return { accountId: token.accountId, tokenId: token.id };
}
