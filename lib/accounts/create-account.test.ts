import { describe, expect, it } from "vitest";
import { createAccount } from "@/lib/accounts/create-account";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTestAccount, createTestUser, uniqueSuffix } from "@/lib/test/factories";

const profile = { name: "Green Café", kind: "business", category: "Café", area: "Tokyo", timezone: "Asia/Tokyo", plan: "free", description: "" } as const;

describe("createAccount", () => {
  it("creates the account with its creator as owner and logs it", async () => {
    const user = await createTestUser();
    const account = await createTestAccount({ ownerId: user.id });
    const membership = await prisma.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId: account.id, userId: user.id } } });
    expect(membership.role).toBe("owner");
    const log = await prisma.auditLog.findFirst({ where: { accountId: account.id, action: "account.created" } });
    expect(log?.actorId).toBe(user.id);
    const stored = await prisma.account.findUniqueOrThrow({ where: { id: account.id } });
    expect(stored.channelSecret).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses a taken handle with a field error and leaves nothing behind", async () => {
    const first = await createTestUser();
    const second = await createTestUser();
    const handle = `taken-${uniqueSuffix()}`;
    await createAccount({ ownerId: first.id, input: { handle, ...profile } });
    const error = await createAccount({ ownerId: second.id, input: { handle, ...profile } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("conflict");
    expect((error as AppError).fields?.handle).toContain(`@${handle} is already taken`);
    expect(await prisma.membership.count({ where: { userId: second.id } })).toBe(0);
    expect(await prisma.account.count({ where: { handle } })).toBe(1);
  });

  it("creates nothing when the owner membership fails (one transaction)", async () => {
    const handle = `orphan-${uniqueSuffix()}`;
    // A user id that doesn't exist makes the membership insert fail after the account insert.
    const error = await createAccount({ ownerId: "00000000-0000-7000-8000-000000000000", input: { handle, ...profile } }).catch((e: unknown) => e);
    expect(error).toBeTruthy();
    expect(await prisma.account.count({ where: { handle } })).toBe(0);
  });
});
