import type { AccountKind } from "@/lib/generated/prisma/enums";

export const accountKinds = ["brand", "business", "municipality"] as const satisfies readonly AccountKind[];

export const accountKindLabels: Record<AccountKind, string> = {
  brand: "Brand",
  business: "Local business",
  municipality: "Municipality",
};
