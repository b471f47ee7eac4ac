import type { z } from "zod";
import { AppError, toAppError } from "@/lib/errors";

/** What a server action hands back to its form: a message, per-field errors, and the values to refill. */
export type ActionState = {
  status: "idle" | "ok" | "error";
  message?: string;
  fields?: Record<string, string>;
  values?: Record<string, string>;
  /** Changes on every submission so the form remounts with `values` (React resets forms after an action). */
  submissionId?: number;
};

export const idleState: ActionState = { status: "idle" };

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    // Never echo a password back into the page.
    if (typeof value === "string" && !key.startsWith("$") && !/password/i.test(key)) values[key] = value;
  }
  return values;
}

/** Parses a form with its zod schema; the first message per field becomes that field's error. */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): z.infer<S> {
  const parsed = schema.safeParse(Object.fromEntries(formData.entries()));
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.join(".") || "form";
    fields[key] ??= issue.message;
  }
  throw new AppError("unprocessable", "Some fields need fixing. See the messages next to them.", { fields });
}

/**
 * Runs an action body and turns expected failures into form state. Anything else (including
 * Next's redirect signal) is rethrown untouched.
 */
export async function runFormAction(
  formData: FormData,
  body: () => Promise<string | void>,
): Promise<ActionState> {
  try {
    const message = await body();
    return { status: "ok", message: message ?? undefined, submissionId: Date.now() };
  } catch (error) {
    const appError = toAppError(error);
    if (!appError) throw error;
    return {
      status: "error",
      message: appError.message,
      fields: appError.fields,
      values: formValues(formData),
      submissionId: Date.now(),
    };
  }
}
