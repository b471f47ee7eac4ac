"use client";
import type { ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { clsx } from "clsx";

export function SubmitButton({ children, className, variant = "primary", ...props }: ComponentProps<"button"> & { variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending || props.disabled}
      className={clsx(buttonClass(variant), className)}
      {...props}
    >
      {pending ? "Working…" : children}
    </button>
  );
}

export function buttonClass(variant: "primary" | "secondary" | "danger" = "primary") {
  return clsx(
    "inline-flex items-center justify-center rounded-md px-3 py-2 text-sm font-semibold shadow-sm disabled:cursor-not-allowed disabled:opacity-60",
    variant === "primary" && "bg-brand-500 text-white hover:bg-brand-600",
    variant === "secondary" && "border border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
    variant === "danger" && "border border-red-200 bg-white text-red-700 hover:bg-red-50",
  );
}
