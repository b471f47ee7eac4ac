import { z } from "zod";
import { isMediaPath } from "@/lib/media/media-url";

export const campaignStatuses = ["draft", "scheduled", "sending", "paused", "sent", "cancelled", "failed"] as const;
export type CampaignStatus = (typeof campaignStatuses)[number];

const httpsUrl = z
  .url({ protocol: /^https?$/, message: "must be an http(s) URL, like https://example.com/sale" })
  .max(2_000, "must be at most 2,000 characters");

/** An image: a public http(s) URL, or an image uploaded in the composer (`/media/<id>.<ext>`, served by this app). */
const imageUrl = z
  .string({ message: "image URL is required" })
  .trim()
  .max(2_000, "must be at most 2,000 characters")
  .refine((value) => isMediaPath(value) || httpsUrl.safeParse(value).success, {
    message: "must be an http(s) URL like https://example.com/photo.jpg, or an image uploaded in the console",
  })
  .describe("An http(s) URL, or /media/<id>.<jpg|png> of an image uploaded in this account's console");

export const textBubbleSchema = z.object({
  type: z.literal("text"),
  text: z
    .string({ message: "text is required" })
    .trim()
    .min(1, "text can't be empty")
    .max(2_000, "text must be at most 2,000 characters"),
});

export const imageBubbleSchema = z.object({
  type: z.literal("image"),
  url: imageUrl,
});

export const cardBubbleSchema = z.object({
  type: z.literal("card"),
  imageUrl: imageUrl,
  title: z.string().trim().min(1, "title can't be empty").max(40, "title must be at most 40 characters"),
  text: z.string().trim().min(1, "text can't be empty").max(160, "text must be at most 160 characters"),
  button: z.object({
    label: z.string().trim().min(1, "button label can't be empty").max(20, "button label must be at most 20 characters"),
    url: httpsUrl,
  }),
});

/** A message bubble; text and card text may contain `{displayName}`, filled in per follower. */
export const bubbleSchema = z.discriminatedUnion("type", [textBubbleSchema, imageBubbleSchema, cardBubbleSchema], {
  message: "type must be text, image or card",
});
export type Bubble = z.infer<typeof bubbleSchema>;

export const bubblesSchema = z
  .array(bubbleSchema, { message: "messages must be a list of bubbles" })
  .min(1, "add at least one message bubble")
  .max(5, "a campaign holds at most 5 message bubbles");

export const audienceSchema = z.discriminatedUnion(
  "type",
  [z.object({ type: z.literal("all") }), z.object({ type: z.literal("segment"), segmentId: z.uuid("segmentId must be a segment id") })],
  { message: 'audience must be { "type": "all" } or { "type": "segment", "segmentId": "…" }' },
);
export type Audience = z.infer<typeof audienceSchema>;

/** What the console and the API send to create a campaign. */
export const createCampaignSchema = z.object({
  name: z.string({ message: "name is required" }).trim().min(1, "name can't be empty").max(100, "name must be at most 100 characters"),
  messages: bubblesSchema,
  audience: audienceSchema.default({ type: "all" }),
  scheduledAt: z.coerce.date({ message: "scheduledAt must be an ISO date-time like 2026-12-01T09:00:00+09:00" }).optional(),
  send: z.boolean().optional(),
});
export type CreateCampaignInput = z.infer<typeof createCampaignSchema>;

export const campaignCountersSchema = z.object({
  targeted: z.number().int(),
  sent: z.number().int(),
  failed: z.number().int(),
  opened: z.number().int(),
  clicked: z.number().int(),
});

export const campaignViewSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  status: z.enum(campaignStatuses),
  messages: bubblesSchema,
  audience: audienceSchema,
  scheduledAt: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  createdAt: z.string(),
  counters: campaignCountersSchema,
});
export type CampaignView = z.infer<typeof campaignViewSchema>;

/** The console's reschedule form: a wall-clock time from `<input type="datetime-local">`, read in the account's timezone. */
export const rescheduleFormSchema = z.object({
  scheduledAt: z
    .string({ message: "choose a date and time" })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "choose a date and time, like 2026-12-01 09:00"),
});

/** A draft's fields as the composer saves them; scheduledAt already converted from the account's timezone. */
export type DraftCampaignInput = { name: string; messages: Bubble[]; audience: Audience; scheduledAt?: Date };

/**
 * What the composer posts. `scheduledAt` is the datetime-local value ("2026-12-01T09:00") as the
 * account's clock reads it, or empty for "send now"; the server converts it with the account's timezone.
 */
export const composerInputSchema = z.object({
  name: createCampaignSchema.shape.name,
  messages: bubblesSchema,
  audience: audienceSchema,
  scheduledAt: z.string().trim().max(16, "Enter the date and time like 2026-12-01 09:00.").default(""),
});
export type ComposerInput = z.infer<typeof composerInputSchema>;

export const testSendSchema = z.object({
  followerId: z.coerce.bigint({ message: "Choose a follower to send the test to." }).positive("Choose a follower to send the test to."),
  messages: bubblesSchema,
});
