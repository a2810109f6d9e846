// Recounts the demo generators' output from the instants of each row, as the database and the
// dashboards would read them (shared by the unit test and the scale-1 calibration check).
import { DAY_MS, DOSSIER_LAST_DAY, TASK_LAST_DAY, dayStartMs, localDayOf } from "@/lib/demo/calendar";
import { generateDossiers } from "@/lib/demo/dossiers";
import { AGENCIES } from "@/lib/demo/organisation";
import { generateTasks } from "@/lib/demo/tasks";

const WINDOW_START = dayStartMs(0);
const DOSSIER_END = dayStartMs(DOSSIER_LAST_DAY) + DAY_MS - 1; // 30/8/2024 23:59:59.999 (UTC+7)
const TASK_END = dayStartMs(TASK_LAST_DAY) + DAY_MS - 1;

type Tally = { received: number; early: number; onTime: number; late: number; pending: number; broken: string[] };

export function tallyDossiers(scale: number, perAgencyYear?: Map<string, [number, number]>): Tally {
  const t: Tally = { received: 0, early: 0, onTime: 0, late: 0, pending: 0, broken: [] };
  let previousCode = "";
  const fail = (why: string, code: string) => t.broken.length < 10 && t.broken.push(`${code}: ${why}`);
  for (const d of generateDossiers(scale)) {
    t.received += 1;
    if (d.receivedAt < WINDOW_START || d.receivedAt > DOSSIER_END) fail("received outside the window", d.code);
    if (d.dueAt < d.receivedAt) fail("due before received", d.code);
    if (d.apologyIssuedAt !== null && d.apologyIssuedAt < d.receivedAt) fail("apology before received", d.code);
    // codes ascend strictly (date, then sequence), hence are unique, without holding 3.7 M strings
    if (!(d.code > previousCode) || !/^NT-\d{6}-\d{7}$/.test(d.code)) fail("code out of order", d.code);
    previousCode = d.code;
    let late = false;
    if (d.resolvedAt === null) {
      if (d.dueAt > DOSSIER_END) t.pending += 1;
      else fail("unresolved and overdue", d.code);
    } else {
      if (d.resolvedAt < d.receivedAt) fail("resolved before received", d.code);
      if (d.resolvedAt > DOSSIER_END) fail("resolved after the window", d.code);
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

export function tallyTasks(scale: number) {
  const t = { assigned: 0, onTime: 0, late: 0, inProgress: 0, overdue: 0, broken: 0 };
  const codes = new Set<string>();
  for (const task of generateTasks(scale)) {
    t.assigned += 1;
    codes.add(task.code);
    if (task.dueAt < task.assignedAt || task.assignedAt < WINDOW_START || task.assignedAt > TASK_END) t.broken += 1;
    if (!/^\d+\/[A-ZĐ-]+/.test(task.documentNumber)) t.broken += 1;
    if (task.completedAt === null) {
      if (task.dueAt > TASK_END) t.inProgress += 1;
      else t.overdue += 1;
    } else {
      if (task.completedAt < task.assignedAt || task.completedAt > TASK_END) t.broken += 1;
      if (task.completedAt <= task.dueAt) t.onTime += 1;
      else t.late += 1;
    }
  }
  return { ...t, uniqueCodes: codes.size };
}
