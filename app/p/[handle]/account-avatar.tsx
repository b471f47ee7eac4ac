import { clsx } from "clsx";

/** Until accounts have profile images: the first letter on the brand colour. */
export function AccountAvatar({ name, className }: { name: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={clsx("flex size-16 shrink-0 items-center justify-center rounded-full bg-brand-500 text-2xl font-bold text-white", className)}
    >
      {Array.from(name.trim())[0]?.toUpperCase() ?? "?"}
    </span>
  );
}
