import { z } from "zod";
import { AppError } from "@/lib/errors";
import { followerFilterSchema } from "@/lib/followers/schemas";
import { describeIssue } from "@/lib/validation/describe-issue";

/**
 * Who a segment targets. The follower filter without search and status: a segment always means
 * people who still follow, so status is not the user's to choose.
 */
export const segmentRuleSchema = followerFilterSchema.omit({ q: true, status: true });
export type SegmentRule = z.infer<typeof segmentRuleSchema>;
export type SegmentRuleInput = z.input<typeof segmentRuleSchema>;

export const emptySegmentRule: SegmentRule = segmentRuleSchema.parse({});

export const segmentNameSchema = z
  .string({ message: "Give the segment a name." })
  .trim()
  .min(1, "Give the segment a name.")
  .max(80, "Keep the name under 80 characters.");

export const segmentIdSchema = z.uuid({ message: "That segment is not in this account." });

/** The rule arrives from the builder as JSON in one hidden field. */
const ruleJsonSchema = z
  .string({ message: "The rule is missing. Reload the page and try again." })
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: "The rule is not valid JSON. Reload the page and try again." });
      return z.NEVER;
    }
  })
  .pipe(segmentRuleSchema);

export const createSegmentSchema = z.object({ name: segmentNameSchema, rule: ruleJsonSchema });
export type CreateSegmentInput = z.infer<typeof createSegmentSchema>;

export const updateSegmentSchema = z.object({ segmentId: segmentIdSchema, name: segmentNameSchema, rule: ruleJsonSchema });
export type UpdateSegmentInput = z.infer<typeof updateSegmentSchema>;

export const deleteSegmentSchema = z.object({ segmentId: segmentIdSchema });
export type DeleteSegmentInput = z.infer<typeof deleteSegmentSchema>;

/**
 * Segment.rule is JSON written by an older version of this code, perhaps: it is checked again on
 * every read rather than trusted, and a rule that no longer fits says which part and why.
 */
export function parseSegmentRule(value: unknown): SegmentRule {
  const parsed = segmentRuleSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new AppError("unprocessable", `This segment's rule is not valid: ${describeIssue(parsed.error.issues[0]!, value, "rule")}. Edit the segment and save it again.`);
}

/** For the live estimate: the builder's rule as sent, checked with the message naming the bad part. */
export function parseRuleInput(value: unknown): SegmentRule {
  const parsed = segmentRuleSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new AppError("bad_request", describeIssue(parsed.error.issues[0]!, value, "rule"));
}
