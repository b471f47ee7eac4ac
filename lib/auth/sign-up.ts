import "server-only";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword } from "@/lib/auth/passwords";
import type { SignUpInput } from "@/lib/auth/schemas";

export async function signUp({ name, email, password }: SignUpInput) {
  const passwordHash = await hashPassword(password);
  try {
    return await prisma.user.create({
      data: { name, email, password: { create: { hash: passwordHash } } },
      select: { id: true, email: true, name: true },
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("conflict", "An account with this email already exists. Sign in instead.", {
        fields: { email: "This email is already registered. Sign in instead." },
      });
    }
    throw error;
  }
}
