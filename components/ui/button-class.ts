import { clsx } from "clsx";

export type ButtonVariant = "primary" | "secondary" | "danger";

/** Shared by <button>s and button-looking <Link>s; lives outside the client module so server pages can call it. */
export function buttonClass(variant: ButtonVariant = "primary") {
  return clsx(
    "inline-flex items-center justify-center rounded-md px-3 py-2 text-sm font-semibold shadow-sm disabled:cursor-not-allowed disabled:opacity-60",
    variant === "primary" && "bg-brand-500 text-white hover:bg-brand-600",
    variant === "secondary" && "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
    variant === "danger" && "border border-red-200 bg-white text-red-700 hover:bg-red-50",
  );
}
