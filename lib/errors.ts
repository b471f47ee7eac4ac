export const errorCodes = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

/**
 * The one error type Friendcast throws on purpose. `message` is shown to people: it says what
 * was wrong and what to do. `fields` carries per-field messages for forms.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  readonly retryAfterSeconds?: number;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fields?: Record<string, string>; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fields = options.fields;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  get status(): number {
    return errorCodes[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

type PrismaKnownError = { code: string; meta?: { target?: unknown; modelName?: string } };

function isPrismaKnownError(error: unknown): error is PrismaKnownError {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    typeof (error as { code: unknown }).code === "string" &&
    /^P\d{4}$/.test((error as { code: string }).code)
  );
}

/** Maps expected failures (ours and Prisma's constraint errors) to an AppError; undefined means a bug, to be logged. */
export function toAppError(error: unknown): AppError | undefined {
  if (isAppError(error)) return error;
  if (isPrismaKnownError(error)) {
    if (error.code === "P2002") {
      return new AppError("conflict", "That already exists. Choose another value and try again.", { cause: error });
    }
    if (error.code === "P2025") {
      return new AppError("not_found", "Not found.", { cause: error });
    }
  }
  return undefined;
}

/** JSON body for route handlers: `{ error: { code, message, fields? } }`. */
export function errorResponse(error: unknown): Response {
  const appError = toAppError(error);
  if (!appError) {
    console.error(error);
    return Response.json(
      { error: { code: "internal", message: "Something went wrong on our side. Try again; if it persists, check the server log." } },
      { status: 500 },
    );
  }
  const headers = new Headers();
  if (appError.retryAfterSeconds) headers.set("Retry-After", String(appError.retryAfterSeconds));
  return Response.json(
    { error: { code: appError.code, message: appError.message, ...(appError.fields ? { fields: appError.fields } : {}) } },
    { status: appError.status, headers },
  );
}
