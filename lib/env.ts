import "server-only";
import { z } from "zod";

import { DEFAULT_DATABASE_URL, DEFAULT_REDIS_URL } from "@/lib/env-defaults";

const envSchema = z.object({
  DATABASE_URL: z.url({ message: "DATABASE_URL must be a postgresql:// URL" }).default(DEFAULT_DATABASE_URL),
  REDIS_URL: z.url({ message: "REDIS_URL must be a redis:// URL" }).default(DEFAULT_REDIS_URL),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  // Only behind a proxy you run may X-Forwarded-For be believed; otherwise anyone can pick their own address.
  TRUST_PROXY: z
    .enum(["0", "1", "true", "false"])
    .default("0")
    .transform((v) => v === "1" || v === "true"),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${issues}`);
  }
  cached = parsed.data;
  return cached;
}
