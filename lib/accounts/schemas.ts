import { z } from "zod";
import { accountKinds } from "@/lib/accounts/kinds";
import { plans } from "@/lib/accounts/plans";
import { isTimezone } from "@/lib/accounts/timezones";

export const HANDLE_PATTERN = /^[a-z0-9_-]{3,30}$/;

/** Accepts "@shop" or "shop"; stores "shop". */
export const handleSchema = z
  .string({ message: "Enter a handle." })
  .trim()
  .transform((v) => v.replace(/^@/, ""))
  .pipe(
    z
      .string()
      .min(3, "A handle needs at least 3 characters after the @.")
      .max(30, "A handle can have at most 30 characters after the @.")
      .regex(HANDLE_PATTERN, "Use only lowercase letters, digits, - and _ after the @ (for example @green-cafe)."),
  );

const profileFields = {
  name: z.string().trim().min(1, "Enter the account's name.").max(60, "Keep the name under 60 characters."),
  kind: z.enum(accountKinds, { message: "Choose brand, local business or municipality." }),
  category: z.string().trim().min(1, "Enter a category, like Café or City office.").max(60, "Keep the category under 60 characters."),
  area: z.string().trim().min(1, "Enter the area you serve, like Tokyo or Shibuya.").max(60, "Keep the area under 60 characters."),
  timezone: z.string().trim().refine(isTimezone, "Choose a time zone from the list (for example Asia/Tokyo)."),
  description: z.string().trim().max(500, "Keep the description under 500 characters.").default(""),
};

export const createAccountSchema = z.object({
  handle: handleSchema,
  ...profileFields,
  plan: z.enum(plans, { message: "Choose the free, light or standard plan." }).default("free"),
});
export type CreateAccountInput = z.infer<typeof createAccountSchema>;

export const updateAccountSchema = z.object({
  ...profileFields,
  plan: z.enum(plans, { message: "Choose the free, light or standard plan." }),
});
export type UpdateAccountInput = z.infer<typeof updateAccountSchema>;
