import { z } from "zod";
import { emailSchema } from "@/lib/auth/schemas";
import { roles } from "@/lib/auth/roles";

const roleSchema = z.enum(roles, { message: "Choose a role: owner, admin, operator, operator without broadcast, or analyst." });

export const addMemberSchema = z.object({ email: emailSchema, role: roleSchema });
export type AddMemberInput = z.infer<typeof addMemberSchema>;

export const changeMemberRoleSchema = z.object({
  membershipId: z.uuid({ message: "That member is not in this account." }),
  role: roleSchema,
});
export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;

export const removeMemberSchema = z.object({ membershipId: z.uuid({ message: "That member is not in this account." }) });
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;
