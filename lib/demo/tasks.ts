// Tasks assigned by the Provincial People's Committee to departments and district committees
// (DESIGN §5.1), 28/9/2021–31/8/2024. Exact counts by construction: done on time
// (completed ≤ due), done late, and not done on 31/8/2024 — in progress (due after it) or
// overdue. Several tasks often come from one document, each for a different agency.
import { DAY_MS, MINUTE_MS, TASK_LAST_DAY, WorkCalendar, dateParts, dayStartMs, isoDate } from "./calendar";
import { expectedTaskCounts, type TaskCounts } from "./counts";
import { AGENCIES } from "./organisation";
import { Random } from "./random";
import { AliasTable, apportion } from "./sampling";
import { DOCUMENT_KINDS, TASK_TITLES, TASK_TOPICS, periodLabel, type TaskArea } from "./task-templates";

export type TaskRow = {
  code: string;
  title: string;
  /** index into AGENCIES */
  agency: number;
  documentNumber: string;
  /** local calendar date, YYYY-MM-DD */
  documentDate: string;
  assignedAt: number;
  dueAt: number;
  completedAt: number | null;
};

type TaskClass = "ON_TIME" | "LATE" | "IN_PROGRESS" | "OVERDUE";

const AGENCY_WEIGHT: Record<string, number> = {
  SKHDT: 1.6, STC: 1.5, STNMT: 1.5, SNV: 1.4, SNNPTNT: 1.3, SXD: 1.2, "H-PRTC": 1.3, SKHCN: 0.6, TTT: 0.6, BDT: 0.6, BQLKCN: 0.5, VPUB: 0.6,
};
/** Agencies that usually lead on each area of work (văn xã, kinh tế tổng hợp, kinh tế ngành, nội chính). */
const AREA_LEADS: Record<TaskArea, readonly string[]> = {
  VXNV: ["SNV", "SGDDT", "SYT", "SLDTBXH", "SVHTTDL", "STTTT", "BDT"],
  KTTH: ["SKHDT", "STC", "SCT", "BQLKCN"],
  KTN: ["STNMT", "SXD", "SNNPTNT", "SGTVT", "SCT", "SKHCN"],
  NC: ["TTT", "STP", "SGTVT", "SNV"],
};
const DURATIONS = [7, 10, 15, 20, 30, 45, 60, 90];
const DURATION_WEIGHTS = [15, 20, 25, 10, 18, 5, 5, 2];
const END_MS = dayStartMs(TASK_LAST_DAY) + DAY_MS - 1;

export type TaskPlan = { counts: TaskCounts; perDay: Record<TaskClass, Int32Array> };

export function buildTaskPlan(scale: number, calendar: WorkCalendar = new WorkCalendar()): TaskPlan {
  const counts = expectedTaskCounts(scale);
  const days = TASK_LAST_DAY + 1;
  const weights = Float64Array.from({ length: days }, (_, d) => {
    if (calendar.working[d] === 0) return 0;
    const month = calendar.month[d]!;
    return (1 + (0.05 * d) / 365) * (month === 12 || month === 1 ? 1.25 : month === 2 ? 0.8 : 1);
  });
  // each kind of task has its own stretch of the window, so even a tiny scale can place them all
  const within = (from: number, to: number) => Float64Array.from(weights, (w, d) => (d >= from && d <= to ? w : 0));
  const onTime = apportion(counts.onTime, weights);
  const late = apportion(counts.late, within(0, TASK_LAST_DAY - 60));
  const inProgress = apportion(counts.inProgress, within(TASK_LAST_DAY - 45, TASK_LAST_DAY));
  const overdue = apportion(counts.overdue, within(TASK_LAST_DAY - 240, TASK_LAST_DAY - 20));
  return { counts, perDay: { ON_TIME: onTime, LATE: late, IN_PROGRESS: inProgress, OVERDUE: overdue } };
}

class DocumentSeries {
  private year = 0;
  private readonly next: number[];

  constructor(private readonly random: Random) {
    this.next = DOCUMENT_KINDS.map((k) => k.startOfWindow);
  }

  number(year: number, kind: number, suffix: string): string {
    if (year !== this.year) {
      if (this.year !== 0) this.next.fill(1); // numbering restarts every 1 January
      this.year = year;
    }
    const n = this.next[kind]!;
    this.next[kind] = n + this.random.int(1, DOCUMENT_KINDS[kind]!.step);
    return `${n}/${suffix}`;
  }
}

/** All tasks of the window at the given scale, in assignment order. Deterministic. */
export function* generateTasks(scale: number): Generator<TaskRow, void, undefined> {
  const calendar = new WorkCalendar();
  const plan = buildTaskPlan(scale, calendar);
  const random = new Random().fork("tasks");
  const agencies = AGENCIES.flatMap((a, i) => (a.kind === "DEPARTMENT" || a.kind === "DISTRICT" ? [i] : []));
  const baseWeight = agencies.map((i) => AGENCY_WEIGHT[AGENCIES[i]!.code] ?? (AGENCIES[i]!.kind === "DISTRICT" ? 0.9 : 1));
  const agencyTables = Object.fromEntries(
    (Object.keys(AREA_LEADS) as TaskArea[]).map((area) => [
      area,
      new AliasTable(agencies.map((i, k) => baseWeight[k]! * (AREA_LEADS[area].includes(AGENCIES[i]!.code) ? 4 : 1))),
    ]),
  ) as Record<TaskArea, AliasTable>;
  const durationTable = new AliasTable(DURATION_WEIGHTS);
  const kindTable = new AliasTable(DOCUMENT_KINDS.map((k) => k.share));
  const series = new DocumentSeries(random);
  const sequence = new Map<number, number>();

  const dueFor = (day: number, cls: TaskClass): number => {
    let dueDay = day + DURATIONS[durationTable.sample(random)]!;
    if (cls === "IN_PROGRESS") dueDay = Math.max(dueDay, TASK_LAST_DAY + random.int(3, 60));
    // done late or overdue: the deadline has passed with room for a late completion
    else if (cls !== "ON_TIME") dueDay = Math.min(dueDay, TASK_LAST_DAY - 2);
    dueDay = Math.max(dueDay, day + 1);
    if (calendar.working[dueDay] === 0) dueDay = calendar.addWorkingDays(dueDay, 1);
    if (cls !== "ON_TIME" && cls !== "IN_PROGRESS" && dueDay >= TASK_LAST_DAY) dueDay = calendar.lastWorkingDayAtOrBefore(TASK_LAST_DAY - 2);
    return dayStartMs(dueDay) + 17 * 60 * MINUTE_MS;
  };

  for (let d = 0; d <= TASK_LAST_DAY; d += 1) {
    const classes: TaskClass[] = [];
    for (const cls of ["ON_TIME", "LATE", "IN_PROGRESS", "OVERDUE"] as const) for (let i = 0; i < plan.perDay[cls][d]!; i += 1) classes.push(cls);
    if (classes.length === 0) continue;
    for (let i = classes.length - 1; i > 0; i -= 1) {
      const j = random.int(0, i);
      [classes[i], classes[j]] = [classes[j]!, classes[i]!];
    }
    const { year, month } = dateParts(d);
    const documentDate = isoDate(d);
    let k = 0;
    while (k < classes.length) {
      const u = random.next();
      const size = Math.min(classes.length - k, u < 0.55 ? 1 : u < 0.8 ? 2 : u < 0.92 ? 3 : 4);
      const topics = TASK_TOPICS.filter((t) => t.until === undefined || year <= t.until);
      const topic = random.pick(topics);
      const kind = kindTable.sample(random);
      const documentNumber = series.number(year, kind, DOCUMENT_KINDS[kind]!.suffix(topic.area));
      const assignedAt = dayStartMs(d) + random.int(8 * 60, 16 * 60 + 59) * MINUTE_MS;
      const used = new Set<number>();
      for (let t = 0; t < size; t += 1, k += 1) {
        const cls = classes[k]!;
        const agencyTable = agencyTables[topic.area];
        let agency = agencies[agencyTable.sample(random)]!;
        while (used.has(agency)) agency = agencies[agencyTable.sample(random)]!;
        used.add(agency);
        const dueAt = dueFor(d, cls);
        let completedAt: number | null = null;
        if (cls === "ON_TIME") {
          const latest = Math.min(dueAt, END_MS);
          completedAt = assignedAt + Math.floor((latest - assignedAt) * (0.15 + 0.85 * Math.sqrt(random.next())));
        } else if (cls === "LATE") {
          completedAt = dueAt + Math.floor((Math.min(dueAt + 45 * DAY_MS, END_MS) - dueAt) * (0.02 + 0.98 * random.next() ** 2));
        }
        const seq = (sequence.get(year) ?? 0) + 1;
        sequence.set(year, seq);
        const title = random
          .pick(TASK_TITLES)
          .replace("{topic}", topic.text)
          .replace("{period}", periodLabel(year, month, random.int(0, 3)))
          .replace("{next}", String(month >= 10 ? year + 1 : year));
        yield {
          code: `NV-${year}-${String(seq).padStart(5, "0")}`,
          title: title.charAt(0).toUpperCase() + title.slice(1),
          agency,
          documentNumber,
          documentDate,
          assignedAt,
          dueAt,
          completedAt,
        };
      }
    }
  }
}
