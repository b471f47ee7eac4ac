import { z } from "zod";

export const genders = ["female", "male", "unknown"] as const;
export const deviceOses = ["ios", "android", "other"] as const;
export const followerStatuses = ["following", "blocked"] as const;

/** Age bands as LINE's insights show them; a follower's band comes from their birth year. */
export const ageBands = ["under_20", "20s", "30s", "40s", "50s", "60_plus"] as const;
export type AgeBand = (typeof ageBands)[number];
export const ageBandLabels: Record<AgeBand, string> = {
  under_20: "Under 20",
  "20s": "20–29",
  "30s": "30–39",
  "40s": "40–49",
  "50s": "50–59",
  "60_plus": "60+",
};

export const tagSchema = z
  .string()
  .trim()
  .min(1, "A tag can't be empty.")
  .max(40, "Keep tags under 40 characters.")
  .regex(/^[^,\s][^,]*$/, "Tags can't contain commas.");

export const externalIdSchema = z
  .string({ message: "external id is required" })
  .trim()
  .min(1, "external id is required")
  .max(100, "external id must be at most 100 characters");

/**
 * A follower's profile as the platform, the API and CSV imports describe it. Every field but the
 * external id is optional: a platform shares what the user allowed.
 */
export const followerProfileSchema = z.object({
  displayName: z.string().trim().max(100, "display name must be at most 100 characters").optional(),
  gender: z.enum(genders, { message: "gender must be female, male or unknown" }).optional(),
  birthYear: z
    .number({ message: "birth year must be a number like 1996" })
    .int("birth year must be a whole year like 1996")
    .min(1900, "birth year must be 1900 or later")
    .max(new Date().getUTCFullYear(), "birth year can't be in the future")
    .optional(),
  area: z.string().trim().max(60, "area must be at most 60 characters").optional(),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "language must be a language code like ja, en or zh-TW")
    .optional(),
  os: z.enum(deviceOses, { message: "os must be ios, android or other" }).optional(),
});
export type FollowerProfile = z.infer<typeof followerProfileSchema>;

/** Filters shared by the follower list, the CSV export and (minus search and status) segments. */
export const followerFilterSchema = z.object({
  q: z.string().trim().max(100).optional(),
  status: z.enum(followerStatuses).optional(),
  genders: z.array(z.enum(genders)).default([]),
  ageBands: z.array(z.enum(ageBands)).default([]),
  areas: z.array(z.string().trim().min(1).max(60)).default([]),
  languages: z.array(z.string().trim().min(1).max(20)).default([]),
  os: z.array(z.enum(deviceOses)).default([]),
  followedWithinDays: z.number().int().min(1).max(3650).optional(),
  tags: z.array(tagSchema).default([]),
  tagMode: z.enum(["any", "all"]).default("any"),
});
export type FollowerFilter = z.infer<typeof followerFilterSchema>;

/** Adding or removing one tag on a follower, from the follower page. */
export const followerTagInputSchema = z.object({ tag: tagSchema });
export type FollowerTagInput = z.infer<typeof followerTagInputSchema>;

/** Tags one follower may carry: enough for any real labelling, small enough to show on one row. */
export const MAX_TAGS_PER_FOLLOWER = 30;
