// Tasks assigned by the Provincial People's Committee (DESIGN §5.1). Old Ninh Thuận's of 28/9/2021–
// 31/8/2024 to its departments and district committees are exact by construction: done on time
// (completed ≤ due), done late, and not done on 31/8/2024 — in progress (due after it) or overdue;
// those not done are completed later (or are still open on the data's day). After the window, and for
// old Khánh Hòa and the merged province, tasks follow the window's rate and mix; the merged
// province's committee assigns to departments and, with two tiers, to the communes. Several tasks
// often come from one document, each for a different agency.
import { DAY_MS, MINUTE_MS, TASK_LAST_DAY, WorkCalendar, dateParts, dayIndex, dayStartMs, isoDate } from "./calendar";
import { expectedTaskCounts, type TaskCounts } from "./counts";
import { AGENCIES, NINH_THUAN_UNITS } from "./organisation";
import { unitsOn } from "./org/demo-succession";
import { PROVINCES_MERGED_ON, dayBefore, type Territory } from "./org/seed-types";
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

/** Relative workload by the codes' common part (old Ninh Thuận's code, "KH-…" and "T-…" alike). */
const AGENCY_WEIGHT: Record<string, number> = {
  SKHDT: 1.6, STC: 1.5, STNMT: 1.5, SNV: 1.4, SNNPTNT: 1.3, SXD: 1.2, "H-PRTC": 1.3, SKHCN: 0.6, TTT: 0.6, BDT: 0.6, BQLKCN: 0.5, VPUB: 0.6,
  SNNMT: 1.6, SDTTG: 0.6, "H-NT": 1.3,
};
/** Agencies that usually lead on each area of work (văn xã, kinh tế tổng hợp, kinh tế ngành, nội chính). */
const AREA_LEADS: Record<TaskArea, readonly string[]> = {
  VXNV: ["SNV", "SGDDT", "SYT", "SLDTBXH", "SVHTTDL", "STTTT", "BDT", "SDTTG", "SVHTT", "SDL"],
  KTTH: ["SKHDT", "STC", "SCT", "BQLKCN", "BQLKKT"],
  KTN: ["STNMT", "SXD", "SNNPTNT", "SGTVT", "SCT", "SKHCN", "SNNMT"],
  NC: ["TTT", "STP", "SGTVT", "SNV"],
};
const DURATIONS = [7, 10, 15, 20, 30, 45, 60, 90];
const DURATION_WEIGHTS = [15, 20, 25, 10, 18, 5, 5, 2];
const END_MS = dayStartMs(TASK_LAST_DAY) + DAY_MS - 1;

/** "KH-SNV" and "T-SNV" weigh like "SNV"; districts and communes by kind. */
function baseCode(code: string): string {
  return code.replace(/^(KH25|NT25|KH|T)-/, "");
}

function weightOf(index: number): number {
  const a = AGENCIES[index]!;
  if (a.kind === "COMMUNE") return 0.2;
  return AGENCY_WEIGHT[baseCode(a.code)] ?? (a.kind === "DISTRICT" ? 0.9 : 1);
}

function areaTables(agencies: readonly number[]): Record<TaskArea, AliasTable> {
  return Object.fromEntries(
    (Object.keys(AREA_LEADS) as TaskArea[]).map((area) => [
      area,
      new AliasTable(agencies.map((i) => weightOf(i) * (AREA_LEADS[area].includes(baseCode(AGENCIES[i]!.code)) ? 4 : 1))),
    ]),
  ) as Record<TaskArea, AliasTable>;
}

export type TaskPlan = { counts: TaskCounts; perDay: Record<TaskClass, Int32Array> };

function taskDayWeights(calendar: WorkCalendar, from: number, to: number): Float64Array {
  return Float64Array.from({ length: to - from + 1 }, (_, i) => {
    const d = from + i;
    if (calendar.working[d] === 0) return 0;
    const month = calendar.month[d]!;
    return (1 + (0.05 * d) / 365) * (month === 12 || month === 1 ? 1.25 : month === 2 ? 0.8 : 1);
  });
}

export function buildTaskPlan(scale: number, calendar: WorkCalendar = new WorkCalendar()): TaskPlan {
  const counts = expectedTaskCounts(scale);
  const weights = taskDayWeights(calendar, 0, TASK_LAST_DAY);
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

/** One stream of tasks: a committee assigning to the units of its time. */
class TaskWriter {
  private readonly durationTable = new AliasTable(DURATION_WEIGHTS);
  private readonly kindTable = new AliasTable(DOCUMENT_KINDS.map((k) => k.share));
  private readonly series: DocumentSeries;

  /** `sequence`: the last number used per year under `codePrefix`, shared by the writers of one prefix. */
  constructor(
    readonly random: Random,
    readonly calendar: WorkCalendar,
    private readonly codePrefix: string,
    private readonly documentSuffix: string,
    private readonly sequence: Map<number, number>,
  ) {
    this.series = new DocumentSeries(random);
  }

  duration(): number {
    return DURATIONS[this.durationTable.sample(this.random)]!;
  }

  /** The tasks of one document on `day`, one per class, each for a different agency. */
  *document(day: number, classes: readonly TaskClass[], agencies: readonly number[], tables: Record<TaskArea, AliasTable>, timing: (cls: TaskClass, assignedAt: number) => { dueAt: number; completedAt: number | null }) {
    const r = this.random;
    const { year, month } = dateParts(day);
    const topics = TASK_TOPICS.filter((t) => (t.until === undefined || year <= t.until) && (t.from === undefined || year >= t.from));
    const topic = r.pick(topics);
    const kind = this.kindTable.sample(r);
    const documentNumber = this.series.number(year, kind, DOCUMENT_KINDS[kind]!.suffix(topic.area) + this.documentSuffix);
    const assignedAt = dayStartMs(day) + r.int(8 * 60, 16 * 60 + 59) * MINUTE_MS;
    const used = new Set<number>();
    for (const cls of classes) {
      let agency = agencies[tables[topic.area].sample(r)]!;
      while (used.has(agency) && used.size < agencies.length) agency = agencies[tables[topic.area].sample(r)]!;
      used.add(agency);
      const { dueAt, completedAt } = timing(cls, assignedAt);
      const seq = (this.sequence.get(year) ?? 0) + 1;
      this.sequence.set(year, seq);
      const title = r
        .pick(TASK_TITLES)
        .replace("{topic}", topic.text)
        .replace("{period}", periodLabel(year, month, r.int(0, 3)))
        .replace("{next}", String(month >= 10 ? year + 1 : year));
      yield {
        code: `${this.codePrefix}-${year}-${String(seq).padStart(5, "0")}`,
        title: title.charAt(0).toUpperCase() + title.slice(1),
        agency,
        documentNumber,
        documentDate: isoDate(day),
        assignedAt,
        dueAt,
        completedAt,
      } satisfies TaskRow;
    }
  }

  /** Splits a day's classes into documents of one to four tasks. */
  *day(day: number, classes: TaskClass[], agencies: readonly number[], tables: Record<TaskArea, AliasTable>, timing: Parameters<TaskWriter["document"]>[4]) {
    const r = this.random;
    for (let i = classes.length - 1; i > 0; i -= 1) {
      const j = r.int(0, i);
      [classes[i], classes[j]] = [classes[j]!, classes[i]!];
    }
    let k = 0;
    while (k < classes.length) {
      const u = r.next();
      const size = Math.min(classes.length - k, u < 0.55 ? 1 : u < 0.8 ? 2 : u < 0.92 ? 3 : 4, agencies.length);
      yield* this.document(day, classes.slice(k, k + size), agencies, tables, timing);
      k += size;
    }
  }
}

/** Old Ninh Thuận's tasks of the calibration window, in assignment order; open ones close by `lastDay` or stay open. */
export function* generateCalibrationTasks(
  scale: number,
  lastDay: number = TASK_LAST_DAY,
  sequences: CodeSequences = new Map(),
): Generator<TaskRow, void, undefined> {
  const calendar = new WorkCalendar(Math.max(lastDay, TASK_LAST_DAY) + 200);
  const plan = buildTaskPlan(scale, calendar);
  const writer = new TaskWriter(new Random().fork("tasks"), calendar, "NV", "", sequenceOf(sequences, "NV"));
  const random = writer.random;
  const agencies = NINH_THUAN_UNITS.flatMap((a) => (a.kind === "DEPARTMENT" || a.kind === "DISTRICT" ? [AGENCIES.indexOf(a)] : []));
  const tables = areaTables(agencies);
  const lastMs = dayStartMs(lastDay) + DAY_MS - 1;

  const timing = (day: number) => (cls: TaskClass, assignedAt: number) => {
    let dueDay = day + writer.duration();
    if (cls === "IN_PROGRESS") dueDay = Math.max(dueDay, TASK_LAST_DAY + random.int(3, 60));
    // done late or overdue: the deadline has passed with room for a late completion
    else if (cls !== "ON_TIME") dueDay = Math.min(dueDay, TASK_LAST_DAY - 2);
    dueDay = Math.max(dueDay, day + 1);
    if (calendar.working[dueDay] === 0) dueDay = calendar.addWorkingDays(dueDay, 1);
    if (cls !== "ON_TIME" && cls !== "IN_PROGRESS" && dueDay >= TASK_LAST_DAY) dueDay = calendar.lastWorkingDayAtOrBefore(TASK_LAST_DAY - 2);
    const dueAt = dayStartMs(dueDay) + 17 * 60 * MINUTE_MS;
    let completedAt: number | null = null;
    if (cls === "ON_TIME") {
      const latest = Math.min(dueAt, END_MS);
      completedAt = assignedAt + Math.floor((latest - assignedAt) * (0.15 + 0.85 * Math.sqrt(random.next())));
    } else if (cls === "LATE") {
      completedAt = dueAt + Math.floor((Math.min(dueAt + 45 * DAY_MS, END_MS) - dueAt) * (0.02 + 0.98 * random.next() ** 2));
    } else {
      // open on 31/8/2024: finished after the window, before the deadline when there is still time
      const from = Math.max(END_MS + 1, cls === "OVERDUE" ? dueAt : assignedAt);
      const until = cls === "OVERDUE" ? dueAt + 60 * DAY_MS : dueAt;
      const at = from + Math.floor(Math.max(0, until - from) * random.next());
      completedAt = at <= lastMs ? at : null;
    }
    return { dueAt, completedAt };
  };

  for (let d = 0; d <= TASK_LAST_DAY; d += 1) {
    const classes: TaskClass[] = [];
    for (const cls of ["ON_TIME", "LATE", "IN_PROGRESS", "OVERDUE"] as const) for (let i = 0; i < plan.perDay[cls][d]!; i += 1) classes.push(cls);
    if (classes.length === 0) continue;
    yield* writer.day(d, classes, agencies, tables, timing(d));
  }
}

/** Last number per year, per code prefix: old Ninh Thuận's "NV-2024-…" series runs on after the window without reusing a number. */
type CodeSequences = Map<string, Map<number, number>>;

function sequenceOf(sequences: CodeSequences, prefix: string): Map<number, number> {
  let sequence = sequences.get(prefix);
  if (!sequence) sequences.set(prefix, (sequence = new Map()));
  return sequence;
}

type TaskStream = { label: string; codePrefix: string; suffix: string; territory: Territory; firstDay: number; lastDay: number; volume: number };

const JUNE_END = dayIndex(dayBefore(PROVINCES_MERGED_ON));

export function taskStreams(lastDay: number): TaskStream[] {
  return [
    { label: "tasks-nt-after", codePrefix: "NV", suffix: "", territory: "NT" as const, firstDay: TASK_LAST_DAY + 1, lastDay: Math.min(JUNE_END, lastDay), volume: 1 },
    { label: "tasks-kh", codePrefix: "NVK", suffix: "-KH", territory: "KH" as const, firstDay: 0, lastDay: Math.min(JUNE_END, lastDay), volume: 1 },
    { label: "tasks-merged", codePrefix: "NVT", suffix: "", territory: "ALL" as const, firstDay: JUNE_END + 1, lastDay, volume: 1.7 },
  ].filter((stream) => stream.firstDay <= stream.lastDay);
}

/** Tasks after the window, of old Khánh Hòa and of the merged province, in assignment order per stream. */
function* generateStreamTasks(scale: number, lastDay: number, calendar: WorkCalendar, sequences: CodeSequences): Generator<TaskRow, void, undefined> {
  const rate = expectedTaskCounts(1).assigned / taskDayWeights(calendar, 0, TASK_LAST_DAY).reduce((s, w) => s + w, 0);
  const lastMs = dayStartMs(lastDay) + DAY_MS - 1;
  for (const stream of taskStreams(lastDay)) {
    const writer = new TaskWriter(new Random().fork(stream.label), calendar, stream.codePrefix, stream.suffix, sequenceOf(sequences, stream.codePrefix));
    const random = writer.random;
    const weights = taskDayWeights(calendar, stream.firstDay, stream.lastDay);
    const counts = apportion(Math.round(scale * rate * stream.volume * weights.reduce((s, w) => s + w, 0)), weights);
    let cached: { day: string; agencies: number[]; tables: Record<TaskArea, AliasTable> } | null = null;
    for (let d = stream.firstDay; d <= stream.lastDay; d += 1) {
      const n = counts[d - stream.firstDay]!;
      if (n === 0) continue;
      const iso = isoDate(d);
      if (!cached || (cached.day < PROVINCES_MERGED_ON) !== (iso < PROVINCES_MERGED_ON) || ["2024-11-01", "2025-03-01"].some((b) => cached!.day < b && iso >= b)) {
        const agencies = unitsOn(stream.territory, iso).filter((i) => AGENCIES[i]!.kind !== "COMMUNE" || stream.territory === "ALL");
        cached = { day: iso, agencies, tables: areaTables(agencies) };
      }
      const classes: TaskClass[] = Array.from({ length: n }, () => {
        const u = random.next();
        return u < 0.925 ? "ON_TIME" : "LATE";
      });
      const timing = (cls: TaskClass, assignedAt: number) => {
        let dueDay = d + writer.duration();
        if (calendar.working[dueDay] === 0) dueDay = calendar.addWorkingDays(dueDay, 1);
        const dueAt = dayStartMs(dueDay) + 17 * 60 * MINUTE_MS;
        const at = cls === "ON_TIME"
          ? assignedAt + Math.floor((dueAt - assignedAt) * (0.15 + 0.85 * Math.sqrt(random.next())))
          : dueAt + Math.floor(45 * DAY_MS * (0.02 + 0.98 * random.next() ** 2));
        return { dueAt, completedAt: at <= lastMs ? at : null };
      };
      yield* writer.day(d, classes, cached.agencies, cached.tables, timing);
    }
  }
}

/** Every demo task up to `lastDay` at `scale`. Deterministic. */
export function* generateTasks(scale: number, lastDay: number = TASK_LAST_DAY): Generator<TaskRow, void, undefined> {
  const sequences: CodeSequences = new Map();
  yield* generateCalibrationTasks(scale, lastDay, sequences);
  yield* generateStreamTasks(scale, lastDay, new WorkCalendar(Math.max(lastDay, TASK_LAST_DAY) + 200), sequences);
}
