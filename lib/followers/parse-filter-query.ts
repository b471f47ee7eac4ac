import { AppError } from "@/lib/errors";
import { followerFilterSchema, type FollowerFilter } from "@/lib/followers/schemas";

/**
 * The query-string names of the follower filter, shared by the list page and the CSV export so a
 * list's address can be handed to the export unchanged. Lists are repeated params:
 * `gender=female&gender=male&ageBand=20s&area=Tokyo&language=ja&os=ios&tag=vip&tagMode=all&status=following&q=Mika&followedWithinDays=30`.
 */
const paramNames: Record<keyof FollowerFilter, string> = {
  q: "q",
  status: "status",
  genders: "gender",
  ageBands: "ageBand",
  areas: "area",
  languages: "language",
  os: "os",
  followedWithinDays: "followedWithinDays",
  tags: "tag",
  tagMode: "tagMode",
};

/** Parses the filter from a URL; empty values count as absent. A value that isn't valid is a bad_request naming it. */
export function parseFollowerFilterQuery(searchParams: URLSearchParams): FollowerFilter {
  const all = (name: string) => searchParams.getAll(name).map((value) => value.trim()).filter(Boolean);
  const one = (name: string) => searchParams.get(name)?.trim() || undefined;
  const days = one(paramNames.followedWithinDays);
  const parsed = followerFilterSchema.safeParse({
    q: one(paramNames.q),
    status: one(paramNames.status),
    genders: all(paramNames.genders),
    ageBands: all(paramNames.ageBands),
    areas: all(paramNames.areas),
    languages: all(paramNames.languages),
    os: all(paramNames.os),
    followedWithinDays: days === undefined ? undefined : Number(days),
    tags: all(paramNames.tags),
    tagMode: one(paramNames.tagMode),
  });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const key = issue.path[0] as keyof FollowerFilter;
  const name = paramNames[key] ?? String(key);
  const value = typeof issue.path[1] === "number" ? searchParams.getAll(name).map((v) => v.trim()).filter(Boolean)[issue.path[1]] : searchParams.get(name);
  throw new AppError("bad_request", `The filter ${name}=${value ?? ""} isn't valid (${issue.message}). Remove it from the address or choose the filter again.`);
}
