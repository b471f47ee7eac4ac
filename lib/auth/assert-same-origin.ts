import { AppError } from "@/lib/errors";

/**
 * Server actions check the origin for us; a cookie-authenticated route handler must do it itself,
 * or another site could post an upload with the signed-in user's cookies.
 */
export function assertSameOrigin(request: Request): void {
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== (request.headers.get("x-forwarded-host") ?? request.headers.get("host"))) {
    throw new AppError("forbidden", "Upload from the Friendcast console itself.");
  }
}
