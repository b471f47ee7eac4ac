import type { Role } from "@/lib/generated/prisma/enums";

export const roles = ["owner", "admin", "operator", "operator_no_broadcast", "analyst"] as const satisfies readonly Role[];

export const roleLabels: Record<Role, string> = {
  owner: "Owner",
  admin: "Admin",
  operator: "Operator",
  operator_no_broadcast: "Operator (no broadcast)",
  analyst: "Analyst",
};

export const roleDescriptions: Record<Role, string> = {
  owner: "Everything, including deleting the account and granting the owner role.",
  admin: "Everything except granting or removing the owner role.",
  operator: "Compose and send campaigns, manage followers and segments.",
  operator_no_broadcast: "Compose drafts and manage followers, but not send.",
  analyst: "Read reports only.",
};

/**
 * What each role may do. Pages use it to decide what to show; every server action and route
 * handler checks it again through requireRole, because the UI is not a security boundary.
 */
const permissions = {
  "account.view": ["owner", "admin", "operator", "operator_no_broadcast", "analyst"],
  "account.edit": ["owner", "admin"],
  "members.manage": ["owner", "admin"],
  "members.grant_owner": ["owner"],
  "reports.view": ["owner", "admin", "operator", "operator_no_broadcast", "analyst"],
  "followers.view": ["owner", "admin", "operator", "operator_no_broadcast"],
  "followers.edit": ["owner", "admin", "operator", "operator_no_broadcast"],
  "campaigns.compose": ["owner", "admin", "operator", "operator_no_broadcast"],
  "campaigns.send": ["owner", "admin", "operator"],
  "tokens.manage": ["owner", "admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}
