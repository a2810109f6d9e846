// The one place that reads process.env (STYLE §6). Parsed once, with messages in Vietnamese
// that say what to change; a wrong value stops start-up instead of failing later.
import { isIP } from "node:net";
import { z } from "zod";

const postgresUrl = z
  .string({ error: "chưa được đặt" })
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^/]+/.test(value), {
    error: "phải có dạng postgresql://người-dùng:mật-khẩu@máy-chủ:cổng/tên-csdl",
  });

const poolSize = (fallback: number) =>
  z.coerce.number({ error: "phải là số" }).int().min(1, { error: "phải ≥ 1" }).max(100, { error: "phải ≤ 100" }).default(fallback);

const appSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_MAX: poolSize(10),
  // connections kept for server-action saves only, so that a save never queues behind page reads
  DATABASE_WRITE_POOL_MAX: poolSize(4),
  // connections of the import and /api/v1 pool (plain `pg`: COPY, batch upserts)
  DATABASE_API_POOL_MAX: poolSize(8),
  API_RATE_LIMIT_PER_MINUTE: z.coerce
    .number({ error: "phải là số" })
    .int()
    .min(1, { error: "phải ≥ 1" })
    .max(1_000_000, { error: "phải ≤ 1000000" })
    .default(60),
  PROVINCE_NAME: z.string().trim().min(1).default("Khánh Hòa"),
  // The shared read cache of lib/data/province/cache.ts (issue 19); unset: on in production, off otherwise
  // (tests that write through the Prisma client and read at once would race the change notice)
  READ_CACHE: z.enum(["on", "off"], { error: "phải là on hoặc off" }).optional(),
});

const toolSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PGLITE_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
  DEMO_SCALE: z.coerce
    .number({ error: "phải là số" })
    .positive({ error: "phải > 0" })
    .max(5, { error: "phải ≤ 5" })
    .default(0.02),
  // The day the demo data run to (YYYY-MM-DD, from 2024-08-31); unset: the day the seed runs.
  DEMO_AS_OF: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "phải có dạng YYYY-MM-DD" })
    .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), { error: "không phải một ngày có thật" })
    .refine((day) => day >= "2024-08-31", { error: "phải từ 31/08/2024 (ngày cuối của số liệu hiệu chỉnh) trở đi" })
    .optional(),
  // The owner role that runs migrations and the seed (README "Database roles"); unset: DATABASE_URL's role does everything.
  DATABASE_OWNER_URL: postgresUrl.optional(),
  // scripts/db-roles.ts: a superuser's connection, and the two roles' passwords
  DATABASE_ADMIN_URL: postgresUrl.optional(),
  DATABASE_OWNER_PASSWORD: z.string().min(1).optional(),
  DATABASE_APP_PASSWORD: z.string().min(1).optional(),
  CHROMIUM_PATH: z.string().trim().min(1).optional(),
  // Port of the production server the end-to-end tests start (another one lets two checkouts test at once).
  E2E_PORT: z.coerce.number({ error: "phải là số" }).int().min(1024, { error: "phải ≥ 1024" }).max(65535, { error: "phải ≤ 65535" }).default(3100),
  // Only whether it is set: the launcher gives the demo one when it is not (lib/env.ts authSchema).
  NEXTAUTH_SECRET: z.string().trim().min(1).optional(),
  CI: z.string().optional(),
  // The fault suite's command that restarts PostgreSQL (case c), e.g. `pg_ctlcluster 15 main restart`;
  // unset: that case is skipped with the reason printed. It restarts the WHOLE server: give it a
  // PostgreSQL of its own (.ci/run does), never one that other people use.
  FAULT_PG_RESTART: z.string().trim().min(1).optional(),
});

// Sign-in (next-auth) and the province's single sign-on. Parsed apart from appSchema so that
// proxy.ts can read the secret without needing DATABASE_URL.

// Fixed and public on purpose: sessions survive restarts of `next dev`, and it protects nothing,
// because a production server refuses to start without its own NEXTAUTH_SECRET.
export const DEVELOPMENT_AUTH_SECRET = "cchc-dashboard-development-secret-do-not-use-in-production";

// An empty variable (`OIDC_ISSUER=`) counts as unset.
const unsetIfEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = z.preprocess(unsetIfEmpty, z.string().trim().min(1).optional());
const optionalHttpUrl = z.preprocess(
  unsetIfEmpty,
  z.url({ protocol: /^https?$/, error: "phải là địa chỉ http(s) đầy đủ, ví dụ https://cchc.example.gov.vn" }).optional(),
);

const authSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    // Set by `next build`: nothing is signed while building, so the secret is checked at start.
    NEXT_PHASE: z.string().optional(),
    NEXTAUTH_SECRET: z.preprocess(
      unsetIfEmpty,
      z.string().trim().min(32, { error: "phải dài ít nhất 32 ký tự (tạo bằng: openssl rand -base64 32)" }).optional(),
    ),
    NEXTAUTH_URL: optionalHttpUrl,
    OIDC_ISSUER: optionalHttpUrl,
    OIDC_CLIENT_ID: optionalText,
    OIDC_CLIENT_SECRET: optionalText,
  })
  .refine(
    (env) => env.NEXTAUTH_SECRET !== undefined || env.NODE_ENV !== "production" || env.NEXT_PHASE === "phase-production-build",
    { error: "bắt buộc khi chạy ở chế độ production (tạo bằng: openssl rand -base64 32)", path: ["NEXTAUTH_SECRET"] },
  )
  .refine(
    (env) => {
      const set = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET].filter((value) => value !== undefined);
      return set.length === 0 || set.length === 3;
    },
    {
      error:
        "đăng nhập một lần (SSO) của tỉnh cần đủ cả ba biến OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET; để tắt SSO, bỏ trống cả ba",
      path: ["OIDC"],
    },
  )
  .refine((env) => env.OIDC_ISSUER === undefined || env.NEXTAUTH_URL !== undefined, {
    error: "bắt buộc khi bật đăng nhập một lần (SSO): địa chỉ công khai của hệ thống, dùng cho redirect_uri",
    path: ["NEXTAUTH_URL"],
  })
  .transform((env) => ({
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? DEVELOPMENT_AUTH_SECRET,
    NEXTAUTH_URL: env.NEXTAUTH_URL,
    /** The province's OpenID Connect provider; null (the default) turns single sign-on off. */
    oidc:
      env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET
        ? { issuer: env.OIDC_ISSUER, clientId: env.OIDC_CLIENT_ID, clientSecret: env.OIDC_CLIENT_SECRET }
        : null,
  }));

// Request handling: which reverse proxies may speak for the client (X-Forwarded-For, -Proto,
// -Host), and the mode (the CSP allows eval in development only). Parsed apart so that proxy.ts
// and instrumentation.ts need neither the database nor the sign-in secret.
const proxyEntry = z.string().refine((entry) => {
  const [address, bits, ...rest] = entry.split("/");
  const family = isIP(address ?? "");
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const prefix = Number(bits);
  return /^\d{1,3}$/.test(bits) && prefix <= (family === 4 ? 32 : 128);
}, { error: "phải là danh sách địa chỉ IP hoặc dải CIDR, cách nhau bởi dấu phẩy, ví dụ 127.0.0.1,10.0.0.0/8" });

const securitySchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /**
   * Addresses (or CIDR ranges) of the reverse proxies in front of the app, e.g. "127.0.0.1,::1"
   * for nginx on the same machine. Only a request that arrives from one of them may name the
   * client's address and scheme in X-Forwarded-*; unset, nobody may.
   */
  TRUSTED_PROXIES: z.preprocess(
    (value) => (typeof value === "string" ? value.split(",").map((entry) => entry.trim()).filter(Boolean) : []),
    z.array(proxyEntry),
  ),
  /**
   * Load shedding (lib/http/load-shedding.ts): requests one process works on at once before it
   * answers new ones with a fast 503 + Retry-After instead of letting every wait grow; 0 turns it off.
   */
  MAX_IN_FLIGHT: z.coerce.number({ error: "phải là số" }).int().min(0, { error: "phải ≥ 0" }).max(100_000).default(256),
});

// E-mail and background jobs (issue 22, README "E-mail"). Without SMTP_HOST no e-mail is sent:
// notifications still reach the notification centre.
const booleanFlag = (fallback: boolean) =>
  z.preprocess(unsetIfEmpty, z.enum(["true", "false", "on", "off", "1", "0"], { error: "phải là true hoặc false" }).optional())
    .transform((value) => (value === undefined ? fallback : ["true", "on", "1"].includes(value)));

const mailSchema = z
  .object({
    SMTP_HOST: optionalText,
    SMTP_PORT: z.preprocess(unsetIfEmpty, z.coerce.number({ error: "phải là số" }).int().min(1).max(65535).optional()),
    // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it (587, 25)
    SMTP_SECURE: booleanFlag(false),
    SMTP_USER: optionalText,
    SMTP_PASSWORD: optionalText,
    SMTP_FROM: z.preprocess(unsetIfEmpty, z.string().trim().min(3).default("CCHC Khánh Hòa <no-reply@localhost>")),
    // The address people open the links of an e-mail at; unset: NEXTAUTH_URL, else http://localhost:3000.
    APP_URL: optionalHttpUrl,
    NEXTAUTH_URL: optionalHttpUrl,
    // how many times a failed send is tried (graphile-worker waits exp(n) seconds after the n-th)
    MAIL_MAX_ATTEMPTS: z.coerce.number({ error: "phải là số" }).int().min(1).max(25).default(8),
    // this process runs the job worker (several may: the queue gives each job to one of them)
    JOBS_WORKER: booleanFlag(true),
    // the daily notifications (lib/jobs/schedules.ts): a report's deadline this many days ahead,
    // and an overdue dossier still without its apology letter this many days after its due day
    NOTIFY_DEADLINE_DAYS: z.coerce.number({ error: "phải là số" }).int().min(1).max(60).default(7),
    NOTIFY_APOLOGY_DAYS: z.coerce.number({ error: "phải là số" }).int().min(0).max(60).default(3),
  })
  .refine((env) => (env.SMTP_USER === undefined) === (env.SMTP_PASSWORD === undefined), {
    error: "SMTP_USER và SMTP_PASSWORD phải đặt cùng nhau (hoặc bỏ trống cả hai)",
    path: ["SMTP_USER"],
  })
  .transform((env) => ({
    smtp: env.SMTP_HOST
      ? {
          host: env.SMTP_HOST,
          port: env.SMTP_PORT ?? (env.SMTP_SECURE ? 465 : 587),
          secure: env.SMTP_SECURE,
          auth: env.SMTP_USER && env.SMTP_PASSWORD ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined,
        }
      : null,
    from: env.SMTP_FROM,
    appUrl: (env.APP_URL ?? env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, ""),
    maxAttempts: env.MAIL_MAX_ATTEMPTS,
    worker: env.JOBS_WORKER,
    deadlineDays: env.NOTIFY_DEADLINE_DAYS,
    apologyDays: env.NOTIFY_APOLOGY_DAYS,
  }));

export type MailEnv = z.output<typeof mailSchema>;

type EnvSource = Record<string, string | undefined>;

export type AppEnv = z.infer<typeof appSchema>;
export type ToolEnv = z.infer<typeof toolSchema>;
export type AuthEnv = z.output<typeof authSchema>;
export type SecurityEnv = z.infer<typeof securitySchema>;

export class EnvError extends Error {
  override name = "EnvError";
}

function parse<T extends z.ZodType>(schema: T, source: EnvSource): z.infer<T> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Cấu hình môi trường không hợp lệ:\n${lines.join("\n")}`);
}

let appEnv: AppEnv | undefined;

/** Environment of the web application. DATABASE_URL is set by scripts/with-database.ts. */
export function getEnv(): AppEnv {
  appEnv ??= parse(appSchema, process.env);
  return appEnv;
}

/** Environment of the command-line scripts (launcher, seed, test runner). */
export function getToolEnv(source: EnvSource = process.env): ToolEnv {
  return parse(toolSchema, source);
}

export function parseAppEnv(source: EnvSource): AppEnv {
  return parse(appSchema, source);
}

let authEnv: AuthEnv | undefined;

/** Sign-in settings; needs no database, so proxy.ts may call it. */
export function getAuthEnv(): AuthEnv {
  authEnv ??= parse(authSchema, process.env);
  return authEnv;
}

export function parseAuthEnv(source: EnvSource): AuthEnv {
  return parse(authSchema, source);
}

let securityEnv: SecurityEnv | undefined;

/** Trusted proxies and mode; needs no database or secret, so proxy.ts and instrumentation.ts may call it. */
export function getSecurityEnv(): SecurityEnv {
  securityEnv ??= parse(securitySchema, process.env);
  return securityEnv;
}

export function parseSecurityEnv(source: EnvSource): SecurityEnv {
  return parse(securitySchema, source);
}

let mailEnv: MailEnv | undefined;

/** SMTP, the links' address and the job worker's switch. */
export function getMailEnv(): MailEnv {
  mailEnv ??= parse(mailSchema, process.env);
  return mailEnv;
}

export function parseMailEnv(source: EnvSource): MailEnv {
  return parse(mailSchema, source);
}
