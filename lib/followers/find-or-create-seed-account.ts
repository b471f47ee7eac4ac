import "server-only";
import { randomBytes } from "node:crypto";
import { createAccount } from "@/lib/accounts/create-account";
import { handleSchema } from "@/lib/accounts/schemas";
import { emailSchema } from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export const SEED_OWNER_EMAIL = "seed@example.com";

/**
 * The account that seeding and benchmarks fill, created on first use. Its owner is `ownerEmail`
 * (an existing user, e.g. the one an end-to-end test signed up) or a seed user nobody signs in as.
 * An existing account is used as it is: its members don't change.
 */
export async function findOrCreateSeedAccount({ handle: rawHandle, ownerEmail }: { handle: string; ownerEmail?: string }) {
  const parsedHandle = handleSchema.safeParse(rawHandle);
  if (!parsedHandle.success) throw new AppError("bad_request", `The handle "${rawHandle}" isn't valid. ${parsedHandle.error.issues[0]?.message}`);
  const handle = parsedHandle.data;
  const existing = await prisma.account.findUnique({ where: { handle }, select: { id: true, handle: true } });
  if (existing) return { ...existing, isNew: false };

  let ownerId: string;
  if (ownerEmail) {
    const parsedEmail = emailSchema.safeParse(ownerEmail);
    if (!parsedEmail.success) throw new AppError("bad_request", `The owner email "${ownerEmail}" isn't valid. ${parsedEmail.error.issues[0]?.message}`);
    const email = parsedEmail.data;
    const owner = await prisma.user.findUnique({ where: { email }, select: { id: true } });
    if (!owner) throw new AppError("not_found", `There is no user ${email}. Sign up as ${email} first, or leave out --owner.`);
    ownerId = owner.id;
  } else {
    const seedUser =
      (await prisma.user.findUnique({ where: { email: SEED_OWNER_EMAIL }, select: { id: true } })) ??
      (await signUp({ name: "Seed", email: SEED_OWNER_EMAIL, password: randomBytes(24).toString("base64url") }));
    ownerId = seedUser.id;
  }
  const account = await createAccount({
    ownerId,
    input: {
      handle,
      name: `Seed @${handle}`,
      kind: "brand",
      category: "Demo",
      area: "Tokyo",
      timezone: "Asia/Tokyo",
      plan: "standard",
      description: "Synthetic followers for development and benchmarks.",
    },
  });
  return { id: account.id, handle: account.handle, isNew: true };
}
