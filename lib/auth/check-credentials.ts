import "server-only";
import { prisma } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/passwords";
import type { SignInInput } from "@/lib/auth/schemas";

/** The user whose password matches, or null. Takes as long for an unknown email as for a wrong password. */
export async function checkCredentials({ email, password }: SignInInput) {
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, password: { select: { hash: true } } },
  });
  const isValid = await verifyPassword(user?.password?.hash, password);
  if (!user || !isValid) return null;
  return { id: user.id, email: user.email, name: user.name };
}
