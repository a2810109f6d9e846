// Streams the demo dossiers (DESIGN §5.2) day by day, in receipt order, never holding more than
// one day in memory. Instants are UTC milliseconds; turning them into SQL text is the loader's
// job, so generating 3.7 M rows stays a matter of seconds.
//
// Outcome by calendar day in Asia/Ho_Chi_Minh: early = resolved before the due day, on time =
// on it, late = after it, pending = unresolved with the due date after 30/8/2024 23:59:59.
import type { Channel } from "../generated/prisma/enums";
import { DAY_MS, DOSSIER_LAST_DAY, MINUTE_MS, dateParts, dayStartMs } from "./calendar";
import { dossierModel, pickAgency, restrictByDays, type DossierModel, type OutcomeClass, type ProcedureTable } from "./dossier-model";
import { buildDossierPlan, type DossierPlan } from "./dossier-plan";
import { officialRoster, type OfficialRoster } from "./officials";
import { PROCEDURES } from "./procedures";
import { Random } from "./random";

export type ChannelCode = Channel;

export type DossierRow = {
  code: string;
  /** indexes into PROCEDURES, AGENCIES and officialRoster().officials */
  procedure: number;
  agency: number;
  official: number;
  channel: ChannelCode;
  receivedAt: number;
  dueAt: number;
  resolvedAt: number | null;
  syncedToNationalPortal: boolean;
  digitized: boolean;
  hasElectronicResult: boolean;
  apologyIssuedAt: number | null;
  rescheduleCount: number;
};

const OFFICE_OPEN = 7 * 60 + 30;
const LUNCH_START = 11 * 60 + 30;
const LUNCH_END = 13 * 60 + 30;
const OFFICE_CLOSE = 17 * 60;
const DUE_TIME_MS = 17 * 60 * MINUTE_MS;

class DossierFactory {
  private readonly restricted = new Map<string, ProcedureTable | null>();

  constructor(
    private readonly plan: DossierPlan,
    private readonly model: DossierModel,
    private readonly roster: OfficialRoster,
    private readonly random: Random,
  ) {}

  /** Minute of the day a dossier arrives: office hours at the counter, any time on the portal. */
  private receiptMinute(online: boolean, working: boolean): number {
    const r = this.random;
    if (!working || (online && r.chance(0.3))) return r.int(6 * 60, 23 * 60 - 1);
    return r.chance(0.6) ? r.int(OFFICE_OPEN, LUNCH_START - 1) : r.int(LUNCH_END, OFFICE_CLOSE - 1);
  }

  private officeInstant(day: number): number {
    return dayStartMs(day) + this.random.int(OFFICE_OPEN, 17 * 60 + 29) * MINUTE_MS + this.random.int(0, 59_999);
  }

  private tableFor(cls: OutcomeClass, day: number, working: boolean): ProcedureTable {
    if (cls === "LATE") return this.model.late;
    const base = this.model.tables[cls][working ? 0 : 1];
    const remaining = this.plan.remaining[day]!;
    if (cls === "EARLY" || remaining >= 30) return base;
    const key = `${cls}:${working ? 1 : 0}:${remaining}`;
    let table = this.restricted.get(key);
    if (table === undefined) {
      table = cls === "ON_TIME" ? restrictByDays(base, 0, remaining) : restrictByDays(base, remaining + 1, 99);
      this.restricted.set(key, table);
    }
    if (table === null) throw new Error(`demo dossiers: no procedure fits a ${cls} dossier on day ${day}`);
    return table;
  }

  make(day: number, cls: OutcomeClass): DossierRow {
    const { calendar } = this.plan;
    const r = this.random;
    const working = calendar.working[day] === 1;
    let procedure: number;
    let agency: number;
    let hotspot = false;
    const hot = cls === "LATE" ? this.pickHotspot(calendar.year[day]!) : -1;
    if (hot >= 0) {
      const h = this.model.hotspots[hot]!;
      procedure = h.table.procedures[h.table.alias.sample(r)]!;
      agency = h.agency;
      hotspot = true;
    } else {
      const table = this.tableFor(cls, day, working);
      procedure = table.procedures[table.alias.sample(r)]!;
      agency = pickAgency(this.model, procedure, r);
    }
    const p = PROCEDURES[procedure]!;
    const progress = day / DOSSIER_LAST_DAY;
    const canGoOnline = p.onlineLevel !== "NONE";
    const channel: DossierRow["channel"] =
      !working || (canGoOnline && r.chance(this.plan.online[day]!)) ? "ONLINE" : r.chance(0.02) ? "POSTAL" : "IN_PERSON";
    const online = channel === "ONLINE";
    const receivedAt = dayStartMs(day) + this.receiptMinute(online, working) * MINUTE_MS + r.int(0, 59_999);
    const dueDay = calendar.addWorkingDays(day, p.statutoryDays);
    const dueAt = dayStartMs(dueDay) + DUE_TIME_MS;

    let resolvedAt: number | null = null;
    let apologyIssuedAt: number | null = null;
    let rescheduleCount = 0;
    if (cls === "EARLY") resolvedAt = this.earlyResolution(day, dueDay, receivedAt);
    else if (cls === "ON_TIME") resolvedAt = dayStartMs(dueDay) + r.int(OFFICE_OPEN, OFFICE_CLOSE - 1) * MINUTE_MS + r.int(0, 59_999);
    else if (cls === "LATE") {
      resolvedAt = this.officeInstant(this.lateDay(dueDay));
      // the apology letter comes with the new date, before the original one passes; ~5 % never sent
      if (r.chance(0.95)) apologyIssuedAt = dayStartMs(dueDay) + r.int(8 * 60, 16 * 60 + 29) * MINUTE_MS;
      rescheduleCount = r.chance(0.03) ? 2 : 1;
    }

    const officials = this.roster.count[agency]!;
    const first = this.roster.first[agency]!;
    // late dossiers cluster on one official per agency, as inspections usually find
    const official = cls === "LATE" && officials > 1 && r.chance(hotspot ? 0.7 : 0.4) ? first + 1 : first + r.int(0, officials - 1);

    return {
      code: "",
      procedure,
      agency,
      official,
      channel,
      receivedAt,
      dueAt,
      resolvedAt,
      syncedToNationalPortal: online ? r.chance(0.96) : r.chance(0.25 + 0.5 * progress),
      digitized: r.chance(0.12 + 0.7 * progress + (online ? 0.08 : 0)),
      hasElectronicResult: resolvedAt !== null && r.chance(0.08 + 0.6 * progress),
      apologyIssuedAt,
      rescheduleCount,
    };
  }

  private pickHotspot(year: number): number {
    let u = this.random.next();
    const hotspots = this.model.hotspots;
    for (let i = 0; i < hotspots.length; i += 1) {
      if (hotspots[i]!.year !== year) continue;
      u -= this.plan.hotspotShare[i]!;
      if (u < 0) return i;
    }
    return -1;
  }

  /** A working day before the due day (often the day of receipt), never after the window. */
  private earlyResolution(day: number, dueDay: number, receivedAt: number): number {
    const { calendar } = this.plan;
    const r = this.random;
    const lastDay = Math.min(dueDay - 1, DOSSIER_LAST_DAY);
    const firstIndex = calendar.cumulative[day]! - calendar.working[day]!;
    const lastIndex = calendar.cumulative[lastDay]! - 1;
    let resolvedDay = day;
    if (lastIndex >= firstIndex) resolvedDay = calendar.workDays[r.chance(0.5) ? firstIndex : r.int(firstIndex, lastIndex)]!;
    if (resolvedDay !== day) return this.officeInstant(resolvedDay);
    const endOfDay = dayStartMs(day) + DAY_MS - 1;
    return Math.max(receivedAt, Math.min(endOfDay, receivedAt + r.int(10, 240) * MINUTE_MS + r.int(0, 59_999)));
  }

  /** Most late dossiers slip by a few working days; a few by weeks. Always inside the window. */
  private lateDay(dueDay: number): number {
    const { calendar } = this.plan;
    const u = this.random.next();
    const slip = u < 0.35 ? 1 : u < 0.55 ? 2 : u < 0.8 ? this.random.int(3, 5) : u < 0.95 ? this.random.int(6, 15) : this.random.int(16, 40);
    const day = Math.min(calendar.addWorkingDays(dueDay, slip), calendar.lastWorkingDayAtOrBefore(DOSSIER_LAST_DAY));
    if (day <= dueDay) throw new Error(`demo dossiers: a late dossier due on day ${dueDay} cannot resolve inside the window`);
    return day;
  }
}

function codePrefix(day: number): string {
  const { year, month, date } = dateParts(day);
  return `NT-${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(date).padStart(2, "0")}-`;
}

const CLASSES: ReadonlyArray<[OutcomeClass, keyof Pick<DossierPlan, "early" | "onTime" | "late" | "pending">]> = [
  ["EARLY", "early"],
  ["ON_TIME", "onTime"],
  ["LATE", "late"],
  ["PENDING", "pending"],
];

/** All dossiers of the window at the given scale, day by day in receipt order. Deterministic. */
export function* generateDossiers(scale: number, plan: DossierPlan = buildDossierPlan(scale)): Generator<DossierRow, void, undefined> {
  const factory = new DossierFactory(plan, dossierModel(), officialRoster(), new Random().fork("dossiers"));
  const day: DossierRow[] = [];
  for (let d = 0; d <= DOSSIER_LAST_DAY; d += 1) {
    day.length = 0;
    for (const [cls, key] of CLASSES) {
      const n = plan[key][d]!;
      for (let i = 0; i < n; i += 1) day.push(factory.make(d, cls));
    }
    day.sort((a, b) => a.receivedAt - b.receivedAt);
    const prefix = codePrefix(d);
    for (let i = 0; i < day.length; i += 1) {
      const row = day[i]!;
      row.code = prefix + String(i + 1).padStart(7, "0");
      yield row;
    }
  }
}
