import { clsx } from "clsx";

/**
 * Shows an SVG made by renderQrSvg. The markup comes from the qrcode library (paths only, no
 * user text), which is why inserting it as HTML is safe here.
 */
export function QrCode({ svg, label, className }: { svg: string; label: string; className?: string }) {
  return (
    <div
      role="img"
      aria-label={label}
      data-testid="add-friend-qr"
      className={clsx("[&>svg]:block [&>svg]:h-auto [&>svg]:w-full", className)}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
