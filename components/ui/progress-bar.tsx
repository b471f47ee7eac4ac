import { clsx } from "clsx";

const tones = { brand: "bg-brand-500", amber: "bg-amber-400", red: "bg-red-500" } as const;
const sizes = { sm: "h-2", md: "h-3" } as const;

/**
 * An accessible 0–100 progress bar. `fill` lets the bar be drawn fuller than the value it
 * announces (a failed import paints the whole track red while still reporting how far it got).
 */
export function ProgressBar({
  label,
  percent,
  fill = percent,
  tone = "brand",
  size = "md",
}: {
  label: string;
  percent: number;
  fill?: number;
  tone?: keyof typeof tones;
  size?: keyof typeof sizes;
}) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      className={clsx(sizes[size], "w-full overflow-hidden rounded-full bg-slate-100")}
    >
      <div className={clsx("h-full rounded-full transition-[width]", tones[tone])} style={{ width: `${fill}%` }} />
    </div>
  );
}
