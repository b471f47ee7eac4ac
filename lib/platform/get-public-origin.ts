import "server-only";
import { isProxyTrusted } from "@/lib/env";

/**
 * The origin people reach this server at, for links that leave the browser: the webhook URL a
 * platform is configured with, the URL inside a printed QR code. APP_URL wins when set (the
 * address behind a proxy or CDN); otherwise the request's own Host, and X-Forwarded-* only when
 * TRUST_PROXY says a proxy we run writes them.
 */
export function getPublicOrigin(headers: Headers): string {
  const configured = process.env.APP_URL?.trim();
  if (configured) {
    // A typo here would print unusable QR codes onto posters, so fail loudly instead.
    if (!URL.canParse(configured)) throw new Error(`APP_URL must be an absolute URL like https://friendcast.example.com (got "${configured}").`);
    return new URL(configured).origin;
  }
  const trustProxy = isProxyTrusted();
  const host = (trustProxy && headers.get("x-forwarded-host")?.split(",")[0]?.trim()) || headers.get("host") || "localhost";
  const proto = (trustProxy && headers.get("x-forwarded-proto")?.split(",")[0]?.trim()) || "http";
  return `${proto}://${host}`;
}
