// Recounts the demo generators' output from the instants of each row, as the database and the
// dashboards would read them (shared by the unit test and the scale-1 calibration check): old Ninh
// Thuận's calibration window as of its last day, within the database's CHECK constraints.
import { DAY_MS, DOSSIER_LAST_DAY, TASK_LAST_DAY, dayIndex, dayStartMs, localDayOf } from "@/lib/demo/calendar";
import { generateCalibrationWindow } from "@/lib/demo/dossiers";
import { AGENCIES } from "@/lib/demo/organisation";
import { generateCalibrationTasks } from "@/lib/demo/tasks";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";

const WINDOW_START = dayStartMs(0);
const DOSSIER_END = dayStartMs(DOSSIER_LAST_DAY) + DAY_MS - 1; // 30/8/2024 23:59:59.999 (UTC+7)
const TASK_END = dayStartMs(TASK_LAST_DAY) + DAY_MS - 1;
/** The data's last day the tests seed to, and its last instant. */
export const LAST_DAY = dayIndex(DEMO_TEST_AS_OF);
export const AS_OF_END = dayStartMs(LAST_DAY) + DAY_MS - 1;

type Tally = { received: number; early: number; onTime: number; late: number; pending: number; broken: string[] };

/** The window's dossiers as of 30/08/2024: one resolved after it was pending then. */
export function tallyDossiers(scale: number, perAgencyYear?: Map<string, [number, number]>): Tally {
  const t: Tally = { received: 0, early: 0, onTime: 0, late: 0, pending: 0, broken: [] };
  let previousCode = "";
  const fail = (why: string, code: string) => t.broken.length < 10 && t.broken.push(`${code}: ${why}`);
  for (const d of generateCalibrationWindow(scale, LAST_DAY)) {
    t.received += 1;
    if (d.receivedAt < WINDOW_START || d.receivedAt > DOSSIER_END) fail("received outside the window", d.code);
    if (d.dueAt < d.receivedAt) fail("due before received", d.code);
    if (d.apologyIssuedAt !== null && d.apologyIssuedAt < d.receivedAt) fail("apology before received", d.code);
    if (AGENCIES[d.agency]!.territory !== "NT") fail("not an old Ninh Thuận unit", d.code);
    // codes ascend strictly (date, then sequence), hence are unique, without holding 3.7 M strings
    if (!(d.code > previousCode) || !/^NT-\d{6}-\d{7}$/.test(d.code)) fail("code out of order", d.code);
    previousCode = d.code;
    let late = false;
    if (d.resolvedAt !== null && d.resolvedAt < d.receivedAt) fail("resolved before received", d.code);
    if (d.resolvedAt !== null && d.resolvedAt > AS_OF_END) fail("resolved after the data's day", d.code);
    if (d.resolvedAt === null || d.resolvedAt > DOSSIER_END) {
      if (d.dueAt > DOSSIER_END) t.pending += 1;
      else fail("unresolved and overdue at the window's end", d.code);
      if (d.resolvedAt !== null && localDayOf(d.resolvedAt) > localDayOf(d.dueAt)) fail("pending at the end, resolved late", d.code);
    } else {
      const resolvedDay = localDayOf(d.resolvedAt);
      const dueDay = localDayOf(d.dueAt);
      if (resolvedDay < dueDay) t.early += 1;
      else if (resolvedDay === dueDay) t.onTime += 1;
      else {
        t.late += 1;
        late = true;
        if (d.rescheduleCount < 1 || d.rescheduleCount > 2) fail("late without one reschedule", d.code);
      }
    }
    if (perAgencyYear) {
      const key = `${AGENCIES[d.agency]!.code}|${new Date(d.receivedAt + 7 * 3_600_000).getUTCFullYear()}`;
      const entry = perAgencyYear.get(key) ?? [0, 0];
      entry[0] += 1;
      if (late) entry[1] += 1;
      perAgencyYear.set(key, entry);
    }
  }
  return t;
}

/** Old Ninh Thuận's tasks of the window, by status on 31/08/2024. */
export function tallyTasks(scale: number) {
  const t = { assigned: 0, onTime: 0, late: 0, inProgress: 0, overdue: 0, broken: 0 };
  const codes = new Set<string>();
  for (const task of generateCalibrationTasks(scale, LAST_DAY)) {
    t.assigned += 1;
    codes.add(task.code);
    if (task.dueAt < task.assignedAt || task.assignedAt < WINDOW_START || task.assignedAt > TASK_END) t.broken += 1;
    if (!/^\d+\/[A-ZĐ-]+/.test(task.documentNumber)) t.broken += 1;
    if (task.completedAt !== null && (task.completedAt < task.assignedAt || task.completedAt > AS_OF_END)) t.broken += 1;
    if (task.completedAt === null || task.completedAt > TASK_END) {
      if (task.dueAt > TASK_END) t.inProgress += 1;
      else t.overdue += 1;
    } else if (task.completedAt <= task.dueAt) t.onTime += 1;
    else t.late += 1;
  }
  return { ...t, uniqueCodes: codes.size };
}
