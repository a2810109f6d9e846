// The day the dashboards read "now" as. A live installation: today in Việt Nam. A snapshot such as
// the demo (its data end on 31/08/2024) sets `data_as_of` so that "the latest complete quarter",
// "overdue now" and "tasks in progress" mean the snapshot's day, not the calendar's.
import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { isLocalDate, localDateOf, type LocalDate } from "@/lib/metrics/periods";
import type { DataSpan } from "@/lib/validations/search-params";

export const DATA_AS_OF_SETTING = "data_as_of";

/** Setting `data_as_of` ("YYYY-MM-DD") when set and valid, otherwise today in Việt Nam. */
export const getDataAsOf = cache(async (): Promise<LocalDate> => {
  const row = await getDb().setting.findUnique({ where: { key: DATA_AS_OF_SETTING }, select: { value: true } });
  const value = row?.value;
  if (typeof value === "string" && isLocalDate(value)) return value;
  if (row) console.warn(`Giá trị cài đặt '${DATA_AS_OF_SETTING}' không phải ngày YYYY-MM-DD, dùng ngày hôm nay:`, value);
  return localDateOf(new Date());
});

/**
 * The first year of the operational data (dossiers from the one-stop system, tasks): 2021, the
 * programme's baseline year (DESIGN §5.4) in which the province's systems start. Periods and days
 * in a URL must lie between its first day and the data's day (lib/validations/search-params).
 */
export const DATA_FIRST_YEAR = 2021;

/** What the data covers: from 01/01/DATA_FIRST_YEAR to the data's day. Province-wide, the same for every viewer. */
export const getDataSpan = cache(async (): Promise<DataSpan> => ({ firstYear: DATA_FIRST_YEAR, asOf: await getDataAsOf() }));
