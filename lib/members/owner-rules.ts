import "server-only";
import { AppError } from "@/lib/errors";

export { can } from "@/lib/auth/roles";

export function forbidOwnerGrant(): never {
  throw new AppError("forbidden", "Only an owner can grant or remove the owner role. Ask an owner of this account.");
}

export function forbidLastOwner(action: "demote" | "remove"): never {
  throw new AppError(
    "conflict",
    action === "remove"
      ? "This is the account's last owner and can't be removed. Make another member an owner first."
      : "This is the account's last owner and can't be demoted. Make another member an owner first.",
  );
}
