import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Only for the owner/admin reveal in channel settings; callers check the role first. */
export async function getChannelSecretOrThrow({ accountId }: { accountId: string }): Promise<string> {
  const account = await prisma.account.findUnique({ where: { id: accountId }, select: { channelSecret: true } });
  if (!account) throw new AppError("not_found", "This account no longer exists.");
  return account.channelSecret;
}
