import { describe, expect, it } from "vitest";
import { can, roles } from "@/lib/auth/roles";

describe("role permissions", () => {
  it("lets only owners and admins change settings and members", () => {
    expect(roles.filter((r) => can(r, "account.edit"))).toEqual(["owner", "admin"]);
    expect(roles.filter((r) => can(r, "members.manage"))).toEqual(["owner", "admin"]);
    expect(roles.filter((r) => can(r, "members.grant_owner"))).toEqual(["owner"]);
  });

  it("keeps broadcasting from operators without broadcast rights and analysts", () => {
    expect(roles.filter((r) => can(r, "campaigns.send"))).toEqual(["owner", "admin", "operator"]);
    expect(can("operator_no_broadcast", "campaigns.compose")).toBe(true);
    expect(can("analyst", "campaigns.compose")).toBe(false);
    expect(roles.every((r) => can(r, "reports.view"))).toBe(true);
  });
});
