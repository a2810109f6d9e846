// The service index's targets, points and bands (issue 21): data, because most of them are not
// confirmed (reference/indices.md §6.1). Setting `service_index_config` holds them when Home Affairs
// has set them; otherwise the defaults of lib/service-index/model. Province-wide, the same for
// every viewer.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { DEFAULT_CONFIG, PORTAL_GROUPS, type ServiceIndexConfig } from "@/lib/service-index/model";

export const SERVICE_INDEX_CONFIG_SETTING = "service_index_config";

const configSchema = z.object({
  indicators: z
    .array(
      z.object({
        code: z.string().regex(/^\d\.\d$/),
        group: z.enum(PORTAL_GROUPS),
        points: z.number().min(0).max(100),
        target: z.number().gt(0).max(1).nullable(),
        source: z.enum(["dossiers", "procedures", "entered"]),
        confirmed: z.boolean(),
      }),
    )
    .min(1),
  bands: z.array(z.object({ code: z.enum(["EXCELLENT", "GOOD", "FAIR", "AVERAGE", "WEAK"]), min: z.number().min(0).max(100), confirmed: z.boolean() })).min(1),
});

/** The targets, points and bands in force: the setting when it is valid, else the defaults (§6.1). */
export const getServiceIndexConfig = cache(async (): Promise<ServiceIndexConfig> => {
  const row = await getDb().setting.findUnique({ where: { key: SERVICE_INDEX_CONFIG_SETTING }, select: { value: true } });
  if (!row) return DEFAULT_CONFIG;
  const parsed = configSchema.safeParse(row.value);
  if (parsed.success) return parsed.data;
  console.warn(`Giá trị cài đặt '${SERVICE_INDEX_CONFIG_SETTING}' không hợp lệ, dùng cấu hình mặc định:`, z.flattenError(parsed.error));
  return DEFAULT_CONFIG;
});

