import type { z } from "zod";

/** `["followers", 3, "gender"]` → `followers[3].gender`: the way a developer would write the path in code. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * One line for one zod issue: where, what is wrong, and for a value outside a fixed list the
 * value that was sent, so a caller with 1,000 rows can find the bad one.
 */
export function describeIssue(issue: z.core.$ZodIssue, input: unknown, fallbackPath = "body"): string {
  const path = issue.path.length ? formatIssuePath(issue.path) : fallbackPath;
  const value = valueAt(input, issue.path);
  const got = issue.code === "invalid_value" && (typeof value === "string" || typeof value === "number") ? ` (got ${JSON.stringify(value)})` : "";
  return `${path}: ${issue.message}${got}`;
}
