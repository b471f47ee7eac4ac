/**
 * A whole-number setting from the environment: unset or empty means the default; anything else
 * must be a whole number above 0, or this throws saying so — at import, so a worker with a typo in
 * its settings stops at start instead of running with a value nobody chose.
 */
export function positiveIntFromEnv(name: string, fallback: number, env: Record<string, string | undefined> = process.env): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a whole number above 0 (it is "${raw}"); fix it, or unset it for the default ${fallback}.`);
  }
  return value;
}
