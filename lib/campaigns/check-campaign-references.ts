import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import type { Audience, Bubble } from "@/lib/campaigns/schemas";
import { mediaPathPattern } from "@/lib/media/media-url";

/**
 * Inside the caller's transaction: the audience's segment and every uploaded image must belong to
 * this account. Another account's image or segment is answered as missing, never as "not yours".
 */
export async function checkCampaignReferences(
  tx: Prisma.TransactionClient,
  { accountId, audience, messages }: { accountId: string; audience: Audience; messages: Bubble[] },
) {
  if (audience.type === "segment") {
    const segment = await tx.segment.findFirst({ where: { id: audience.segmentId, accountId }, select: { id: true } });
    if (!segment) throw new AppError("not_found", "There is no such segment in this account. Check audience.segmentId.");
  }
  const mediaIds = new Set<string>();
  for (const bubble of messages) {
    const url = bubble.type === "image" ? bubble.url : bubble.type === "card" ? bubble.imageUrl : undefined;
    const id = url ? mediaPathPattern.exec(url)?.[1] : undefined;
    if (id) mediaIds.add(id);
  }
  if (mediaIds.size === 0) return;
  const found = await tx.mediaFile.count({ where: { accountId, id: { in: [...mediaIds] } } });
  if (found !== mediaIds.size) {
    throw new AppError("unprocessable", "A message uses an uploaded image that isn't in this account. Upload the image again here.");
  }
}
