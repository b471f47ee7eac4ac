import { z } from "zod";
import { followerProfileSchema } from "@/lib/followers/schemas";

/** The most a platform may send in one webhook call, like LINE's own batches. */
export const MAX_EVENTS_PER_WEBHOOK = 100;
/** Bodies above this are refused before they are read in full. */
export const MAX_WEBHOOK_BODY_BYTES = 1024 * 1024;

// PostgreSQL text and jsonb can't hold U+0000; refusing it here makes it a 400 naming the field
// instead of a 500 from the database halfway through a batch.
const NO_NUL = /^[^\u0000]*$/;
const noNulMessage = "must not contain the NUL character (\\u0000)";
const text = () => z.string().regex(NO_NUL, noNulMessage);

const profileSchema = followerProfileSchema.superRefine((profile, ctx) => {
  for (const [key, value] of Object.entries(profile)) {
    if (typeof value === "string" && !NO_NUL.test(value)) ctx.addIssue({ code: "custom", path: [key], message: noNulMessage });
  }
});

const eventBase = {
  id: text().trim().min(1, "must not be empty").max(200, "must be at most 200 characters"),
  timestamp: z
    .number({ message: "must be a number of milliseconds since 1970" })
    .int("must be a whole number of milliseconds since 1970")
    .nonnegative("must not be negative"),
  source: z.object({
    userId: text().trim().min(1, "must not be empty").max(100, "must be at most 100 characters"),
  }),
};

const followEventSchema = z.object({ ...eventBase, type: z.literal("follow"), profile: profileSchema.optional() });
const unfollowEventSchema = z.object({ ...eventBase, type: z.literal("unfollow") });
const messageEventSchema = z.object({
  ...eventBase,
  type: z.literal("message"),
  message: z.object({ text: text().max(5000, "must be at most 5000 characters") }),
});
const postbackEventSchema = z.object({
  ...eventBase,
  type: z.literal("postback"),
  postback: z.object({ data: text().max(300, "must be at most 300 characters") }),
});

/**
 * Sponsor stamps come in a later issue. Their events are refused rather than acknowledged:
 * recording one as processed would make the platform's redelivery a duplicate once stamps
 * exist, and the download or use would be lost for good. A 400 applies nothing, so the sender
 * can deliver the same batch again after stamps are enabled.
 */
const unsupportedStampEventSchema = (type: "stamp_download" | "stamp_use") =>
  z.object({ ...eventBase, type: z.literal(type) }).superRefine((_event, ctx) => {
    ctx.addIssue({
      code: "custom",
      path: ["type"],
      message: `${type} events aren't accepted yet: sponsor stamps aren't enabled in this Friendcast. Leave them out, or send them again once stamps are enabled`,
    });
  });

export const webhookEventSchema = z.discriminatedUnion("type", [
  followEventSchema,
  unfollowEventSchema,
  messageEventSchema,
  postbackEventSchema,
  unsupportedStampEventSchema("stamp_download"),
  unsupportedStampEventSchema("stamp_use"),
]);

export const webhookBodySchema = z.object({
  events: z
    .array(webhookEventSchema)
    .min(1, "must hold at least one event")
    .max(MAX_EVENTS_PER_WEBHOOK, `must hold at most ${MAX_EVENTS_PER_WEBHOOK} events; split larger batches`),
});

export type WebhookEvent = z.infer<typeof webhookEventSchema>;
/** The events Friendcast acts on today (stamp events never get past validation). */
export type SupportedWebhookEvent = Exclude<WebhookEvent, { type: "stamp_download" | "stamp_use" }>;

/** The add-friend page: a visitor may give a name, or stay "Friend". */
export const addFriendSchema = z.object({
  displayName: z.string().trim().max(100, "Keep your name under 100 characters.").default(""),
});
export type AddFriendInput = z.infer<typeof addFriendSchema>;
