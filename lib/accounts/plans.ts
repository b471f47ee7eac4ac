import type { Plan } from "@/lib/generated/prisma/enums";

/** Messages a month, counted per recipient, as LINE Official Account's Japanese plans do. */
export const planQuotas: Record<Plan, number> = { free: 200, light: 5_000, standard: 30_000 };

export const planLabels: Record<Plan, string> = {
  free: "Free (200 messages / month)",
  light: "Light (5,000 messages / month)",
  standard: "Standard (30,000 messages / month)",
};

export const plans = ["free", "light", "standard"] as const satisfies readonly Plan[];
