import "server-only";
import { authenticateApiToken, type ApiContext } from "@/lib/api/authenticate-api-token";
import { AppError, errorResponse } from "@/lib/errors";
import { describeIssue } from "@/lib/validation/describe-issue";
import type { z } from "zod";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps an /api/v1 handler: authenticates the token, hands over the account, and turns every
 * failure into `{ error: { code, message } }` with the right status.
 */
export function apiRoute<P = Record<string, never>>(
  handler: (request: Request, context: ApiContext & { params: P }) => Promise<Response>,
) {
  return async (request: Request, routeContext: RouteContext<P>) => {
    try {
      const auth = await authenticateApiToken(request);
      return await handler(request, { ...auth, params: await routeContext.params });
    } catch (error) {
      return errorResponse(error);
    }
  };
}

/** Parses a JSON body with a zod schema; the message names the first bad field. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("bad_request", "The body must be valid JSON. Check quotes and commas.");
  }
  return parseWith(schema, body);
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new AppError("bad_request", describeIssue(parsed.error.issues[0]!, value));
}
