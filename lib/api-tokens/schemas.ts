import { z } from "zod";

export const createApiTokenSchema = z.object({
  name: z
    .string({ message: "Name the token after what will use it, like “CRM sync”." })
    .trim()
    .min(1, "Name the token after what will use it, like “CRM sync”.")
    .max(60, "Keep the name under 60 characters."),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid({ message: "That token is not in this account." }) });
export type RevokeApiTokenInput = z.infer<typeof revokeApiTokenSchema>;
