import "server-only";

/**
 * Only behind a proxy you run may X-Forwarded-* be believed; otherwise any client can pick its
 * own host or scheme. Validated with the rest of the configuration at start (scripts/lib/validate-env.mjs).
 */
export function isProxyTrusted(): boolean {
  return process.env.TRUST_PROXY === "1" || process.env.TRUST_PROXY === "true";
}
