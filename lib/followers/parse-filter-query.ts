import { AppError } from "@/lib/errors";
import { followerFilterSchema, type FollowerFilter } from "@/lib/followers/schemas";

/** Query parameter → filter field, and what to tell someone who got it wrong. */
const params = {
  q: { field: "q", hint: "Search with at most 100 characters." },
  status: { field: "status", hint: "Use following or blocked." },
  gender: { field: "genders", hint: "Use female, male or unknown." },
  ageBand: { field: "ageBands", hint: "Use under_20, 20s, 30s, 40s, 50s or 60_plus." },
  area: { field: "areas", hint: "An area has at most 60 characters." },
  language: { field: "languages", hint: "A language code has at most 20 characters, like ja or zh-TW." },
  os: { field: "os", hint: "Use ios, android or other." },
  followedWithinDays: { field: "followedWithinDays", hint: "Use a whole number of days from 1 to 3650." },
  tag: { field: "tags", hint: "" },
  tagMode: { field: "tagMode", hint: "Use any or all." },
} as const;

type Param = keyof typeof params;

/**
 * The follower filter from a URL query string, as the list's GET form writes it and the CSV export
 * reads it: repeated parameters for lists (`gender=female&gender=male`), empty values ignored (a
 * form's blank field means "any"), anything else unknown (cursors, paging) left alone. A value that
 * isn't valid is an error rather than silently dropped, so an export never widens to everyone
 * because of a typo.
 */
export function parseFollowerFilterQuery(searchParams: URLSearchParams): FollowerFilter {
  const all = (name: Param) => [...new Set(searchParams.getAll(name).map((v) => v.trim()).filter((v) => v !== ""))];
  const one = (name: Param) => all(name)[0];
  const days = one("followedWithinDays");
  const raw = {
    q: one("q"),
    status: one("status"),
    genders: all("gender"),
    ageBands: all("ageBand"),
    areas: all("area"),
    languages: all("language"),
    os: all("os"),
    followedWithinDays: days === undefined ? undefined : /^\d{1,9}$/.test(days) ? Number(days) : Number.NaN,
    tags: all("tag"),
    tagMode: one("tagMode"),
  };
  const parsed = followerFilterSchema.safeParse(raw);
  if (parsed.success) return parsed.data;

  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const [field, index] = issue.path;
    const name = (Object.keys(params) as Param[]).find((p) => params[p].field === field) ?? String(field);
    const value = typeof index === "number" ? (raw[field as keyof typeof raw] as string[])[index] : name === "followedWithinDays" ? days : raw[field as keyof typeof raw];
    const hint = name in params && params[name as Param].hint ? params[name as Param].hint : issue.message;
    fields[name] ??= `${name}=${String(value)} isn't valid. ${hint}`;
  }
  throw new AppError("bad_request", `Check the filter: ${Object.values(fields).join(" ")}`, { fields });
}
