// The demo's day: its data run from 28/09/2021 to the day the seed runs (in Việt Nam), or to the day
// DEMO_AS_OF pins; tests pin DEMO_TEST_AS_OF so that their figures never move.
import { getToolEnv } from "../env";
import { localDateOf, type LocalDate } from "../metrics/periods";
import { TASK_LAST_DAY, dayIndex, isoDate } from "./calendar";

/** The day every test seeds to. */
export const DEMO_TEST_AS_OF: LocalDate = "2026-11-20";

/** The first day the demo may run to: the calibration's last day. */
export const EARLIEST_AS_OF: LocalDate = isoDate(TASK_LAST_DAY);

/** The day the demo's data run to: the one asked for, DEMO_AS_OF, or today in Việt Nam. */
export function demoAsOf(asked?: LocalDate): LocalDate {
  const day = asked ?? getToolEnv().DEMO_AS_OF ?? localDateOf(new Date());
  if (day < EARLIEST_AS_OF) throw new Error(`Ngày của dữ liệu mẫu phải từ ${EARLIEST_AS_OF} trở đi (nhận được ${day}).`);
  return day;
}

/** The generators' index of the data's last day. */
export function lastDayIndex(asOf: LocalDate): number {
  return dayIndex(asOf);
}
