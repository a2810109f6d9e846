// The one place that reads process.env (STYLE §6). Parsed once, with messages in Vietnamese
// that say what to change; a wrong value stops start-up instead of failing later.
import { z } from "zod";

const postgresUrl = z
  .string({ error: "chưa được đặt" })
  .trim()
  .refine((value) => /^postgres(ql)?:\/\/[^/]+/.test(value), {
    error: "phải có dạng postgresql://người-dùng:mật-khẩu@máy-chủ:cổng/tên-csdl",
  });

const appSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_MAX: z.coerce
    .number({ error: "phải là số" })
    .int()
    .min(1, { error: "phải ≥ 1" })
    .max(100, { error: "phải ≤ 100" })
    .default(10),
  PROVINCE_NAME: z.string().trim().min(1).default("Ninh Thuận"),
});

const toolSchema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PGLITE_DATA_DIR: z.string().trim().min(1).default(".data/pglite"),
  DEMO_SCALE: z.coerce
    .number({ error: "phải là số" })
    .positive({ error: "phải > 0" })
    .max(5, { error: "phải ≤ 5" })
    .default(0.02),
  CHROMIUM_PATH: z.string().trim().min(1).optional(),
  CI: z.string().optional(),
});

type EnvSource = Record<string, string | undefined>;

export type AppEnv = z.infer<typeof appSchema>;
export type ToolEnv = z.infer<typeof toolSchema>;

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
