import "server-only";
import { redirect } from "next/navigation";
import { auth } from "@/lib/auth/auth";
import { prisma } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type SessionUser = { id: string; email: string; name: string };

/** The signed-in user, re-read from the database so a deleted user's old cookie opens nothing. */
export async function findSessionUser(): Promise<SessionUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return prisma.user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
}

/** For pages: sends a visitor without a session to the sign-in page. */
export async function getSessionUserOrRedirect(): Promise<SessionUser> {
  const user = await findSessionUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For server actions and route handlers: a missing session is an error, not a redirect. */
export async function getSessionUserOrThrow(): Promise<SessionUser> {
  const user = await findSessionUser();
  if (!user) throw new AppError("unauthorized", "Your session has ended. Sign in again.");
  return user;
}
