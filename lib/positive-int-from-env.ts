/** A whole-number setting from the environment; unset or not a positive integer means the default. */
export function positiveIntFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
