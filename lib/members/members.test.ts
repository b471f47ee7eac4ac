import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { addMember } from "@/lib/members/add-member";
import { changeMemberRole } from "@/lib/members/change-member-role";
import { removeMember } from "@/lib/members/remove-member";
import { addTestMember, createTestAccount, createTestUser } from "@/lib/test/factories";

async function setup() {
  const owner = await createTestUser("Owner");
  const account = await createTestAccount({ ownerId: owner.id });
  const ownerMembership = await prisma.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId: account.id, userId: owner.id } } });
  return { owner: { id: owner.id, role: "owner" as const }, account, ownerMembership, ownerEmail: owner.email };
}

async function codeOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

describe("members", () => {
  it("adds an existing user by email, logs it, and refuses a duplicate or an unknown email", async () => {
    const { owner, account } = await setup();
    const analyst = await createTestUser("Analyst");
    await addMember({ accountId: account.id, actor: owner, input: { email: analyst.email, role: "analyst" } });
    const membership = await prisma.membership.findFirstOrThrow({ where: { accountId: account.id, userId: analyst.id } });
    expect(membership.role).toBe("analyst");
    expect(await prisma.auditLog.count({ where: { accountId: account.id, action: "member.added" } })).toBe(1);
    expect(await codeOf(addMember({ accountId: account.id, actor: owner, input: { email: analyst.email, role: "operator" } }))).toBe("conflict");
    expect(await codeOf(addMember({ accountId: account.id, actor: owner, input: { email: "nobody-here@example.com", role: "operator" } }))).toBe("not_found");
  });

  it("changes a role and writes before/after to the audit log", async () => {
    const { owner, account } = await setup();
    const user = await createTestUser();
    const member = await addTestMember({ accountId: account.id, userId: user.id, role: "operator" });
    await changeMemberRole({ accountId: account.id, actor: owner, input: { membershipId: member.id, role: "operator_no_broadcast" } });
    const log = await prisma.auditLog.findFirstOrThrow({ where: { accountId: account.id, action: "member.role_changed" } });
    expect(log.details).toMatchObject({ userId: user.id, before: "operator", after: "operator_no_broadcast" });
  });

  it("never removes or demotes the last owner", async () => {
    const { owner, account, ownerMembership } = await setup();
    expect(await codeOf(removeMember({ accountId: account.id, actor: owner, input: { membershipId: ownerMembership.id } }))).toBe("conflict");
    expect(await codeOf(changeMemberRole({ accountId: account.id, actor: owner, input: { membershipId: ownerMembership.id, role: "admin" } }))).toBe("conflict");
    expect((await prisma.membership.findUniqueOrThrow({ where: { id: ownerMembership.id } })).role).toBe("owner");
  });

  it("keeps one owner when two owners demote each other at the same time", async () => {
    const { owner, account, ownerMembership } = await setup();
    const second = await createTestUser();
    const secondMembership = await addTestMember({ accountId: account.id, userId: second.id, role: "owner" });
    const results = await Promise.allSettled([
      changeMemberRole({ accountId: account.id, actor: owner, input: { membershipId: secondMembership.id, role: "admin" } }),
      changeMemberRole({ accountId: account.id, actor: { id: second.id, role: "owner" }, input: { membershipId: ownerMembership.id, role: "admin" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.membership.count({ where: { accountId: account.id, role: "owner" } })).toBe(1);
  });

  it("lets an admin manage members but not grant or take the owner role", async () => {
    const { account, ownerMembership } = await setup();
    const adminUser = await createTestUser();
    await addTestMember({ accountId: account.id, userId: adminUser.id, role: "admin" });
    const admin = { id: adminUser.id, role: "admin" as const };
    const other = await createTestUser();
    expect(await codeOf(addMember({ accountId: account.id, actor: admin, input: { email: other.email, role: "owner" } }))).toBe("forbidden");
    expect(await codeOf(changeMemberRole({ accountId: account.id, actor: admin, input: { membershipId: ownerMembership.id, role: "analyst" } }))).toBe("forbidden");
    expect(await codeOf(removeMember({ accountId: account.id, actor: admin, input: { membershipId: ownerMembership.id } }))).toBe("forbidden");
    await addMember({ accountId: account.id, actor: admin, input: { email: other.email, role: "operator" } });
  });

  it("treats another account's membership id as not found", async () => {
    const a = await setup();
    const b = await setup();
    expect(await codeOf(removeMember({ accountId: a.account.id, actor: a.owner, input: { membershipId: b.ownerMembership.id } }))).toBe("not_found");
    expect(await codeOf(changeMemberRole({ accountId: a.account.id, actor: a.owner, input: { membershipId: b.ownerMembership.id, role: "analyst" } }))).toBe("not_found");
    expect(await prisma.membership.count({ where: { id: b.ownerMembership.id } })).toBe(1);
  });
});
