import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Plan } from "@/lib/generated/prisma/enums";
import { planQuotas } from "@/lib/accounts/plans";
import { AppError } from "@/lib/errors";

const planNames: Record<Plan, string> = { free: "Free", light: "Light", standard: "Standard" };
const format = (n: number) => n.toLocaleString("en-US");

/**
 * Reserves `count` messages of the month's quota inside the caller's transaction. One guarded
 * UPDATE: concurrent sends queue on the row and each re-checks the sum, so the remainder never
 * goes negative (a count-then-write would let two sends both see room).
 */
export async function reserveQuota(
  tx: Prisma.TransactionClient,
  { accountId, plan, month, count }: { accountId: string; plan: Plan; month: string; count: number },
) {
  const quota = planQuotas[plan];
  await tx.$executeRaw`INSERT INTO quota_usages (account_id, month, reserved, updated_at) VALUES (${accountId}::uuid, ${month}, 0, now()) ON CONFLICT DO NOTHING`;
  const updated = await tx.$executeRaw`
    UPDATE quota_usages SET reserved = reserved + ${count}, updated_at = now()
    WHERE account_id = ${accountId}::uuid AND month = ${month} AND reserved + ${count} <= ${quota}`;
  if (updated === 1) return;
  const usage = await tx.quotaUsage.findUnique({ where: { accountId_month: { accountId, month } }, select: { reserved: true } });
  const remaining = Math.max(0, quota - (usage?.reserved ?? 0));
  throw new AppError(
    "unprocessable",
    `This send needs ${format(count)} messages but only ${format(remaining)} remain this month on the ${planNames[plan]} plan ` +
      `(${format(quota)} a month). Narrow the audience with a segment, wait until next month, or upgrade the plan.`,
  );
}
