import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const emailList = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? "")
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
  )
  .pipe(z.array(z.email({ message: "must be a comma-separated list of e-mail addresses" })));

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());
const megabytes = (label: string, fallback: number) =>
  z.coerce
    .number({ message: `${label} must be a number of megabytes` })
    .positive({ message: `${label} must be more than 0 MB` })
    .max(100_000, { message: `${label} can be at most 100000 MB` })
    .default(fallback);

export const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    DATA_DIR: z.string().min(1).default("data"),
    KIE_API_KEY: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(8).optional()),
    KIE_BASE_URL: optionalUrl,
    KIE_UPLOAD_BASE_URL: optionalUrl,
    KIE_WEBHOOK_HMAC_KEY: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(8).optional()),
    KIE_MEDIA_HOSTS: z.string().optional(),
    APP_URL: optionalUrl,
    ADMIN_EMAILS: emailList,
    AUTH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(16).optional()),
    DATABASE_URL: z.preprocess((v) => (v === "" ? undefined : v), z.string().optional()),
    DEMO_EMAIL: z.email().default("demo@kie.studio"),
    DEMO_PASSWORD: z.string().min(8).default("demo-studio-2026"),
    /** Simulator pacing: multiplies every simulated delay (1 = realistic demo, 0.05 = tests). */
    KIE_SIM_TIME_SCALE: z.coerce.number().positive().max(10).default(1),
    RECONCILER: z.enum(["on", "off"]).default("on"),
    /**
     * Whether Kie's callbacks can reach APP_URL: "auto" says yes in demo mode and for a public
     * APP_URL; "on" for a private-looking address that Kie can still reach (a tunnel), "off" when
     * nothing comes back. Only tasks sent with a reachable callback poll at the slow safety pace.
     */
    KIE_CALLBACKS: z
      .enum(["auto", "on", "off"], { message: 'KIE_CALLBACKS must be "auto", "on" or "off"' })
      .default("auto"),
    RECONCILE_INTERVAL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
    /** First poll interval for a young task; it backs off with age up to 60 s. */
    POLL_BASE_MS: z.coerce.number().int().min(100).max(60_000).default(2500),
    /** How long a status read may take before it counts as a (retried) timeout. */
    KIE_STATUS_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(20_000),
    /** How long a reconciler owns a task it polls; a crashed owner's tasks are picked up after it. */
    TASK_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(300_000),
    KIE_CREATE_LIMIT: z.coerce.number().int().min(1).max(1000).default(18),
    KIE_CREATE_WINDOW_MS: z.coerce.number().int().min(100).default(10_000),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    /** US dollars per Kie credit, for showing spend in money (Kie: 1 credit = US$0.005). */
    KIE_USD_PER_CREDIT: z.coerce.number().positive().max(1).default(0.005),
    /** Admins see a banner when Kie's balance drops below this many credits. */
    LOW_BALANCE_CREDITS: z.coerce.number().min(0).default(1000),
    /** How often the reconciler records Kie's balance for the burn rate and drift check. */
    BALANCE_SNAPSHOT_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    /** Largest file the mirror saves per kind (1 MB = 1,000,000 bytes); larger results fail clearly. */
    MIRROR_MAX_IMAGE_MB: megabytes("MIRROR_MAX_IMAGE_MB", 25),
    MIRROR_MAX_AUDIO_MB: megabytes("MIRROR_MAX_AUDIO_MB", 100),
    MIRROR_MAX_VIDEO_MB: megabytes("MIRROR_MAX_VIDEO_MB", 1000),
    /** Mirror downloads: time to connect, and longest silence from the media server before/while reading. */
    MIRROR_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(300_000).default(10_000),
    MIRROR_IDLE_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
    STORAGE_DRIVER: z
      .enum(["local", "s3"], { message: 'STORAGE_DRIVER must be "local" or "s3"' })
      .default("local"),
    S3_BUCKET: optionalString,
    S3_ENDPOINT: optionalUrl,
    S3_REGION: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("us-east-1")),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_FORCE_PATH_STYLE: z
      .enum(["true", "false", "1", "0"], { message: 'S3_FORCE_PATH_STYLE must be "true" or "false"' })
      .default("false")
      .transform((v) => v === "true" || v === "1"),
  })
  .superRefine((e, ctx) => {
    if (e.STORAGE_DRIVER === "s3" && !e.S3_BUCKET)
      ctx.addIssue({
        code: "custom",
        path: ["S3_BUCKET"],
        message: "S3_BUCKET is required when STORAGE_DRIVER=s3",
      });
    if (!e.S3_ACCESS_KEY_ID !== !e.S3_SECRET_ACCESS_KEY)
      ctx.addIssue({
        code: "custom",
        path: [e.S3_ACCESS_KEY_ID ? "S3_SECRET_ACCESS_KEY" : "S3_ACCESS_KEY_ID"],
        message: "S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY must be set together",
      });
  });

export type RawEnv = z.infer<typeof envSchema>;

export type AppEnv = RawEnv & {
  mode: "demo" | "live";
  dataDir: string;
  appUrl: string;
  kieBaseUrl: string;
  kieUploadBaseUrl: string;
  authSecret: string;
  databaseUrl: string;
  mediaHosts: string[];
};

const DEFAULT_MEDIA_HOSTS = [
  "tempfile.aiquickdraw.com",
  "file.aiquickdraw.com",
  "static.aiquickdraw.com",
  "tempfile.redpandaai.co",
  "cdn.kie.ai",
];

export class EnvError extends Error {}

/** Validates the environment; throws an EnvError naming every bad variable. */
export function loadEnv(source: Record<string, string | undefined>): AppEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".") || "(env)"}: ${i.message}`);
    throw new EnvError(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  const mode = e.KIE_API_KEY ? "live" : "demo";
  const localUrl = `http://127.0.0.1:${e.PORT}`;
  const appUrl = (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  const simBase = `${localUrl}/api/kie-sim`;
  return {
    ...e,
    mode,
    dataDir,
    appUrl,
    kieBaseUrl: mode === "demo" ? simBase : (e.KIE_BASE_URL ?? "https://api.kie.ai").replace(/\/$/, ""),
    kieUploadBaseUrl:
      mode === "demo"
        ? `${simBase}/upload`
        : (e.KIE_UPLOAD_BASE_URL ?? "https://kieai.redpandaai.co").replace(/\/$/, ""),
    authSecret: e.AUTH_SECRET ?? readOrCreateSecret(dataDir),
    databaseUrl: e.DATABASE_URL ?? `file:${path.join(dataDir, "studio.db")}`,
    mediaHosts: e.KIE_MEDIA_HOSTS
      ? e.KIE_MEDIA_HOSTS.split(",")
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean)
      : DEFAULT_MEDIA_HOSTS,
  };
}

/** AUTH_SECRET is generated once and persisted so sessions survive restarts. */
function readOrCreateSecret(dataDir: string): string {
  const file = path.join(dataDir, "auth-secret");
  try {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  } catch {}
  fs.mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
