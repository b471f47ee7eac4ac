import { z } from "zod";
import { externalIdSchema, followerProfileSchema, tagSchema } from "@/lib/followers/schemas";

// Kept apart from schemas.ts: these describe the /api/v1 wire format, which follows its own
// compatibility promises, not the console's forms.

export const MAX_FOLLOWERS_PER_REQUEST = 1_000;
export const MAX_FOLLOWERS_PER_PAGE = 1_000;
export const DEFAULT_FOLLOWERS_PER_PAGE = 100;

/** Unknown keys are refused so a typo like `birth_year` fails loudly instead of being dropped. */
export const apiFollowerSchema = z.strictObject({
  ...followerProfileSchema.shape,
  externalId: externalIdSchema,
  tags: z
    .array(tagSchema, { message: "tags must be a list of strings" })
    .max(50, "a follower can have at most 50 tags")
    .transform((tags) => [...new Set(tags)])
    .optional(),
  attributes: z
    .record(
      z.string().trim().min(1, "attribute names can't be empty").max(50, "attribute names must be at most 50 characters"),
      z.string({ message: "attribute values must be strings" }).max(500, "attribute values must be at most 500 characters"),
      { message: 'attributes must be an object of strings, like { "memberRank": "gold" }' },
    )
    .refine((attributes) => Object.keys(attributes).length <= 50, "a follower can have at most 50 attributes")
    .optional(),
});
export type ApiFollowerInput = z.infer<typeof apiFollowerSchema>;

export const upsertFollowersBodySchema = z.object({
  followers: z
    // The size is checked before the rows so that 5,000 rows get one clear answer, not 5,000 row errors.
    .array(z.unknown(), { message: "followers must be a list of follower objects" })
    .min(1, "followers is empty: send at least one follower")
    .max(MAX_FOLLOWERS_PER_REQUEST, `send at most ${MAX_FOLLOWERS_PER_REQUEST.toLocaleString("en-US")} followers per request; split the list into batches`)
    .pipe(z.array(apiFollowerSchema))
    .superRefine((followers, ctx) => {
      const seen = new Set<string>();
      const duplicates = new Set<string>();
      for (const { externalId } of followers) (seen.has(externalId) ? duplicates : seen).add(externalId);
      if (duplicates.size) {
        const named = [...duplicates].slice(0, 10).map((id) => JSON.stringify(id)).join(", ");
        ctx.addIssue({
          code: "custom",
          message: `externalId ${named}${duplicates.size > 10 ? ` and ${duplicates.size - 10} more` : ""} appear${duplicates.size === 1 ? "s" : ""} more than once; send each follower once per request`,
        });
      }
    }),
});
export type UpsertFollowersBody = z.infer<typeof upsertFollowersBodySchema>;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const listFollowersQuerySchema = z.object({
  cursor: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{1,18}$/, "cursor must be the nextCursor value from the previous page")
      .transform((value) => BigInt(value))
      .optional(),
  ),
  limit: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: `limit must be a number from 1 to ${MAX_FOLLOWERS_PER_PAGE}` })
      .int(`limit must be a whole number from 1 to ${MAX_FOLLOWERS_PER_PAGE}`)
      .min(1, `limit must be from 1 to ${MAX_FOLLOWERS_PER_PAGE}`)
      .max(MAX_FOLLOWERS_PER_PAGE, `limit must be from 1 to ${MAX_FOLLOWERS_PER_PAGE}`)
      .default(DEFAULT_FOLLOWERS_PER_PAGE),
  ),
});
export type ListFollowersQuery = z.infer<typeof listFollowersQuerySchema>;
