// Province-wide figures for the home page and the shell. Province totals are open to every
// role (DESIGN §2), so these reads take no viewer; the pages that list rows will.
import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";

export type OverviewCounts = {
  agencies: number;
  procedures: number;
  tasks: number;
  dossiers: number;
};

/** The agencies and units in force today, and exact row counts of the other three main tables. */
export async function getOverviewCounts(): Promise<OverviewCounts> {
  const db = getDb();
  const [agencies, procedures, tasks, dossiers] = await Promise.all([
    db.agency.count({ where: { validTo: null } }),
    db.procedure.count(),
    db.task.count(),
    // Exact, from the rollups (a few thousand rows) rather than count(*) over millions of
    // dossiers; an estimate (pg_class.reltuples) would not do: the page promises exact figures.
    db.$queryRaw<{ n: number }[]>`SELECT coalesce(sum(received), 0)::int AS n FROM dossier_stat_agency_month`,
  ]);
  return { agencies, procedures, tasks, dossiers: dossiers[0]?.n ?? 0 };
}

export type ProvinceSetting = { name: string; code: string | null };

const provinceValue = z.object({
  name: z.string().trim().min(1),
  code: z
    .union([z.string().trim().min(1), z.number().int().transform(String)])
    .nullish()
    .transform((code) => code ?? null),
});

/**
 * The province the installation serves: setting "province" `{ name, code }` (DESIGN §4),
 * or PROVINCE_NAME from the environment before anyone has set it.
 */
export async function getProvinceSetting(): Promise<ProvinceSetting> {
  const row = await getDb().setting.findUnique({ where: { key: "province" }, select: { value: true } });
  if (row) {
    const parsed = provinceValue.safeParse(row.value);
    if (parsed.success) return parsed.data;
    console.warn("Giá trị cài đặt 'province' không hợp lệ, dùng PROVINCE_NAME:", z.flattenError(parsed.error));
  }
  return { name: getEnv().PROVINCE_NAME, code: null };
}
