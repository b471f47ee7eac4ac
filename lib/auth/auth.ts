import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { checkCredentials } from "@/lib/auth/check-credentials";
import { signInSchema } from "@/lib/auth/schemas";
import {
  assertSignInAllowed,
  clearFailedSignIns,
  clientAddress,
  recordFailedSignIn,
} from "@/lib/auth/sign-in-throttle";
import { isAppError } from "@/lib/errors";

class SignInThrottled extends CredentialsSignin {
  code = "rate_limited";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in" },
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace in the log.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const source = { email: parsed.data.email, address: clientAddress(request.headers) };
        try {
          // Checked here as well as at the route: concurrent guesses can all pass the route's check at once.
          await assertSignInAllowed(source);
        } catch (error) {
          if (isAppError(error)) throw new SignInThrottled();
          throw error;
        }
        const user = await checkCredentials(parsed.data);
        if (!user) {
          await recordFailedSignIn(source);
          return null;
        }
        await clearFailedSignIns(source);
        return user;
      },
    }),
  ],
  callbacks: {
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
});
