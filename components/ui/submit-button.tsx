"use client";
import type { ComponentProps } from "react";
import { useFormStatus } from "react-dom";
import { clsx } from "clsx";
import { buttonClass, type ButtonVariant } from "@/components/ui/button-class";

export function SubmitButton({ children, className, variant = "primary", ...props }: ComponentProps<"button"> & { variant?: ButtonVariant }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending || props.disabled} className={clsx(buttonClass(variant), className)} {...props}>
      {pending ? "Working…" : children}
    </button>
  );
}
