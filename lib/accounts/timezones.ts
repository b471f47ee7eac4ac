// The runtime's own IANA list, so a zone the server can't convert is never accepted.
export const timezones: readonly string[] = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((z) => z !== "UTC")];

export function isTimezone(value: string): boolean {
  return timezones.includes(value);
}
