import { z } from "zod";

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v) && URL.canParse(v), "must be a postgresql:// URL, like postgresql://postgres@127.0.0.1:5432/friendcast");
const redisUrl = z
  .string()
  .refine((v) => /^rediss?:\/\//.test(v) && URL.canParse(v), "must be a redis:// URL, like redis://127.0.0.1:6379");

const positiveInt = z
  .string()
  .trim()
  .refine((v) => v === "" || (Number.isInteger(Number(v)) && Number(v) > 0), "must be a whole number above 0 (or unset it for the default)")
  .optional();

const envSchema = z.object({
  DATABASE_URL: postgresUrl,
  REDIS_URL: redisUrl,
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters (or unset it to have one generated)"),
  APP_URL: z.url({ message: "must be an absolute URL like https://friendcast.example.com" }).optional(),
  MEDIA_DIR: z.string().trim().min(1, "must be a directory path, like /var/lib/friendcast/media (or unset it for .friendcast/media)").optional(),
  TRUST_PROXY: z.enum(["0", "1", "true", "false"], { message: "must be 1/true or 0/false" }).optional(),
  // The workers' settings (README, Configuration); the worker refuses them too, at start.
  DELIVER_CONCURRENCY: positiveInt,
  DELIVER_BATCH_SIZE: positiveInt,
  GATEWAY_REQUESTS_PER_SECOND: positiveInt,
  RECONCILE_INTERVAL_MS: positiveInt,
  WORKER_LOCK_DURATION_MS: positiveInt,
  PORT: z.coerce.number().int().min(1, "must be a port number between 1 and 65535").max(65535, "must be a port number between 1 and 65535"),
});

/** Validates the configuration once at start; each bad variable gets one line saying what to do. */
export function validateEnv(env = process.env) {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) console.error(`friendcast: ${issue.path.join(".")} ${issue.message}`);
  process.exit(1);
}
