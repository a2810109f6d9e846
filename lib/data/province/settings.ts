// The installation's settings, the same for every viewer (lib/data/province/: no viewer, no
// agency's rows). The day the dashboards read "now" as: a live installation uses today in Việt
// Nam; a snapshot such as the demo (its data run to the day it was seeded, or DEMO_AS_OF) sets `data_as_of` so that "the
// latest complete quarter", "overdue now" and "tasks in progress" mean the snapshot's day, not the
// calendar's. And the province the installation serves.
import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { provinceRead } from "@/lib/data/province/cache";
import { isLocalDate, localDateOf, type LocalDate } from "@/lib/metrics/periods";
import { DEFAULT_REPORT_DEADLINE_DAYS, reportingClock } from "@/lib/rules/report-workflow";
import type { DataSpan } from "@/lib/validations/search-params";

export const DATA_AS_OF_SETTING = "data_as_of";

/**
 * Setting `data_as_of` ("YYYY-MM-DD") when set and valid, otherwise today in Việt Nam. Shared
 * between requests (lib/data/province/cache.ts; a new day shows within its 5-minute age limit).
 */
export const getDataAsOf = cache(provinceRead("settings.dataAsOf", [], async (): Promise<LocalDate> => {
  const row = await getDb().setting.findUnique({ where: { key: DATA_AS_OF_SETTING }, select: { value: true } });
  const value = row?.value;
  if (typeof value === "string" && isLocalDate(value)) return value;
  if (row) console.warn(`Giá trị cài đặt '${DATA_AS_OF_SETTING}' không phải ngày YYYY-MM-DD, dùng ngày hôm nay:`, value);
  return localDateOf(new Date());
}));

/**
 * The first year of the operational data (dossiers from the one-stop system, tasks): 2021, the
 * programme's baseline year (DESIGN §5.4) in which the province's systems start. Periods and days
 * in a URL must lie between its first day and the data's day (lib/validations/search-params).
 */
export const DATA_FIRST_YEAR = 2021;

/** What the data covers: from 01/01/DATA_FIRST_YEAR to the data's day. Province-wide, the same for every viewer. */
export const getDataSpan = cache(async (): Promise<DataSpan> => ({ firstYear: DATA_FIRST_YEAR, asOf: await getDataAsOf() }));

/** The year of the data's "today": staffing progress is measured through it. */
export async function getDataYear(): Promise<number> {
  return Number((await getDataAsOf()).slice(0, 4));
}

/** The moment the reporting workflow reads as "now": the clock, capped at the end of the data's day. */
export async function getReportingNow(now: Date): Promise<Date> {
  return reportingClock(await getDataAsOf(), now);
}

export const REPORT_DEADLINE_DAYS_SETTING = "report_deadline_days";

const deadlineDays = z.number().int().min(0).max(90);

/** Days after a quarter ends by which its report is due (setting `report_deadline_days`, default 15). */
export const getReportDeadlineDays = cache(async (): Promise<number> => {
  const row = await getDb().setting.findUnique({ where: { key: REPORT_DEADLINE_DAYS_SETTING }, select: { value: true } });
  if (!row) return DEFAULT_REPORT_DEADLINE_DAYS;
  const parsed = deadlineDays.safeParse(row.value);
  if (parsed.success) return parsed.data;
  console.warn(`Giá trị cài đặt '${REPORT_DEADLINE_DAYS_SETTING}' không phải số ngày 0–90, dùng ${DEFAULT_REPORT_DEADLINE_DAYS}:`, row.value);
  return DEFAULT_REPORT_DEADLINE_DAYS;
});

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
