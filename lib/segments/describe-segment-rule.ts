import { ageBandLabels, type deviceOses, type genders } from "@/lib/followers/schemas";
import type { SegmentRule } from "@/lib/segments/schemas";

export const genderLabels: Record<(typeof genders)[number], string> = { female: "Women", male: "Men", unknown: "Gender unknown" };
export const osLabels: Record<(typeof deviceOses)[number], string> = { ios: "iOS", android: "Android", other: "Other OS" };

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

function languageName(code: string): string {
  try {
    return languageNames.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Women · 20–29, 30–39 · Tokyo · tag vip": the rule as a marketer would say it, in the builder's order. */
export function describeSegmentRule(rule: SegmentRule): string {
  const parts: string[] = [];
  if (rule.genders.length) parts.push(rule.genders.map((g) => genderLabels[g]).join(", "));
  if (rule.ageBands.length) parts.push(rule.ageBands.map((b) => ageBandLabels[b]).join(", "));
  if (rule.areas.length) parts.push(rule.areas.join(", "));
  if (rule.languages.length) parts.push(rule.languages.map(languageName).join(", "));
  if (rule.os.length) parts.push(rule.os.map((o) => osLabels[o]).join(", "));
  if (rule.followedWithinDays) {
    parts.push(rule.followedWithinDays === 1 ? "followed in the last day" : `followed in the last ${rule.followedWithinDays} days`);
  }
  if (rule.tags.length === 1) parts.push(`tag ${rule.tags[0]}`);
  else if (rule.tags.length > 1) parts.push(`tags ${rule.tags.join(rule.tagMode === "all" ? " and " : " or ")}`);
  return parts.length ? parts.join(" · ") : "All followers";
}
