import { randomUUID } from "node:crypto";
import { createAccount } from "@/lib/accounts/create-account";
import { signUp } from "@/lib/auth/sign-up";
import { prisma } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";

export const TEST_PASSWORD = "correct horse battery staple";

/** Short and unique per call: tests share one database and never clean it, so names must not collide. */
export function uniqueSuffix(): string {
  return randomUUID().replaceAll("-", "").slice(0, 10);
}

export async function createTestUser(name = "Test User") {
  return signUp({ name, email: `user-${uniqueSuffix()}@example.com`, password: TEST_PASSWORD });
}

export async function createTestAccount({ ownerId }: { ownerId: string }) {
  return createAccount({
    ownerId,
    input: {
      handle: `t-${uniqueSuffix()}`,
      name: "Test Café",
      kind: "business",
      category: "Café",
      area: "Tokyo",
      timezone: "Asia/Tokyo",
      plan: "free",
      description: "",
    },
  });
}

export async function addTestMember({ accountId, userId, role }: { accountId: string; userId: string; role: Role }) {
  return prisma.membership.create({ data: { accountId, userId, role }, select: { id: true, role: true } });
}
