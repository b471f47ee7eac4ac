import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { signInSchema } from "@/lib/auth/schemas";
import { assertSignInAllowed, clientAddress } from "@/lib/auth/sign-in-throttle";
import { errorResponse } from "@/lib/errors";

export const GET = handlers.GET;

/**
 * Auth.js answers a refused sign-in with a redirect; for the credentials callback we answer a
 * throttled client with a real 429 first, so scripts and browsers alike learn to wait.
 */
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => undefined);
    const parsed = signInSchema.safeParse(form ? Object.fromEntries(form.entries()) : {});
    if (parsed.success) {
      try {
        await assertSignInAllowed({ email: parsed.data.email, address: clientAddress(request.headers) });
      } catch (error) {
        return errorResponse(error);
      }
    }
  }
  return handlers.POST(request);
}
