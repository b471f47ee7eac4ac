/** The calendar month ("2026-11") that `at` falls in for the account's timezone: quotas reset on the 1st, local time. */
export function getQuotaMonth(at: Date, timezone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: timezone, year: "numeric", month: "2-digit" }).formatToParts(at);
  const year = parts.find((p) => p.type === "year")!.value;
  const month = parts.find((p) => p.type === "month")!.value;
  return `${year}-${month}`;
}
