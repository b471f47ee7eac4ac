import "server-only";
import { prisma } from "@/lib/db";
import { planQuotas } from "@/lib/accounts/plans";
import type { Plan } from "@/lib/generated/prisma/enums";

export type QuotaStatus = { month: string; quota: number; reserved: number; remaining: number };

/** The month's quota and what is left of it; reservations count as used, as reserveQuota counts them. */
export async function getQuotaStatus({ accountId, plan, month }: { accountId: string; plan: Plan; month: string }): Promise<QuotaStatus> {
  const usage = await prisma.quotaUsage.findUnique({ where: { accountId_month: { accountId, month } }, select: { reserved: true } });
  const quota = planQuotas[plan];
  const reserved = usage?.reserved ?? 0;
  return { month, quota, reserved, remaining: Math.max(0, quota - reserved) };
}
