import "server-only";
import { z } from "zod";
import { createHttpTransport } from "@/lib/delivery/http-transport";
import { inboxTransport } from "@/lib/delivery/inbox-transport";
import type { GatewayConfig } from "@/lib/delivery/post-to-gateway";
import type { Transport } from "@/lib/delivery/types";

const transportEnvSchema = z.discriminatedUnion("DELIVERY_TRANSPORT", [
  z.object({ DELIVERY_TRANSPORT: z.literal("inbox") }),
  z.object({
    DELIVERY_TRANSPORT: z.literal("http"),
    GATEWAY_URL: z.url({ message: "GATEWAY_URL must be the gateway's http(s) URL when DELIVERY_TRANSPORT=http" }),
    GATEWAY_SECRET: z.string({ message: "GATEWAY_SECRET is required when DELIVERY_TRANSPORT=http" }).min(16, "GATEWAY_SECRET must be at least 16 characters"),
    GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
    // Uploaded images are served by this app; the gateway can only fetch them at a public address.
    APP_URL: z.url({
      message: "APP_URL must be the console's public http(s) address when DELIVERY_TRANSPORT=http, so the gateway can fetch uploaded images",
    }),
  }),
]);

export type DeliveryConfig = { transport: "inbox" } | { transport: "http"; gateway: GatewayConfig };

/** DELIVERY_TRANSPORT (`inbox` by default) and, for `http`, the gateway's settings; a bad configuration throws saying which variable. */
export function getDeliveryConfig(env: NodeJS.ProcessEnv = process.env): DeliveryConfig {
  const parsed = transportEnvSchema.safeParse({ ...env, DELIVERY_TRANSPORT: env.DELIVERY_TRANSPORT || "inbox" });
  if (!parsed.success) {
    throw new Error(`Invalid delivery configuration: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  }
  const config = parsed.data;
  if (config.DELIVERY_TRANSPORT === "inbox") return { transport: "inbox" };
  return {
    transport: "http",
    gateway: {
      url: config.GATEWAY_URL,
      secret: config.GATEWAY_SECRET,
      timeoutMs: config.GATEWAY_TIMEOUT_MS,
      publicOrigin: new URL(config.APP_URL).origin,
    },
  };
}

let cached: Transport | undefined;

/** The transport chosen by DELIVERY_TRANSPORT; a bad configuration stops the worker at start. */
export function getTransport(env: NodeJS.ProcessEnv = process.env): Transport {
  if (cached) return cached;
  const config = getDeliveryConfig(env);
  cached = config.transport === "http" ? createHttpTransport(config.gateway) : inboxTransport;
  return cached;
}
