// The day the dashboards read "now" as. A live installation: today in Việt Nam. A snapshot such as
// the demo (its data end on 31/08/2024) sets `data_as_of` so that "the latest complete quarter",
// "overdue now" and "tasks in progress" mean the snapshot's day, not the calendar's.
import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db";
import { isLocalDate, localDateOf, type LocalDate } from "@/lib/metrics/periods";

export const DATA_AS_OF_SETTING = "data_as_of";

/** Setting `data_as_of` ("YYYY-MM-DD") when set and valid, otherwise today in Việt Nam. */
export const getDataAsOf = cache(async (): Promise<LocalDate> => {
  const row = await getDb().setting.findUnique({ where: { key: DATA_AS_OF_SETTING }, select: { value: true } });
  const value = row?.value;
  if (typeof value === "string" && isLocalDate(value)) return value;
  if (row) console.warn(`Giá trị cài đặt '${DATA_AS_OF_SETTING}' không phải ngày YYYY-MM-DD, dùng ngày hôm nay:`, value);
  return localDateOf(new Date());
});
