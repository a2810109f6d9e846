// Old Ninh Thuận's dossiers of the calibration window (DESIGN §5.2), 28/09/2021–30/08/2024, day by
// day in receipt order, never holding more than one day in memory. Instants are UTC milliseconds;
// turning them into SQL text is the loader's job, so generating millions of rows stays a matter of
// seconds. The window's totals are exact by construction (lib/demo/dossier-plan.ts).
//
// Outcome by calendar day in Asia/Ho_Chi_Minh, as of 30/08/2024: early = resolved before the due day,
// on time = on it, late = after it, pending = unresolved then with the due date after it. The pending
// ones are resolved later (early or on their due day), unless that is after the data's day.
import { DOSSIER_LAST_DAY, dayStartMs } from "./calendar";
import { DossierClock, codePrefix, numberDay, type DossierRow } from "./dossier-clock";
import { dossierModel, pickAgency, restrictByDays, type DossierModel, type OutcomeClass, type ProcedureTable } from "./dossier-model";
import { buildDossierPlan, type DossierPlan } from "./dossier-plan";
import { officialRoster, type OfficialRoster } from "./officials";
import { PROCEDURES } from "./procedures";
import { Random } from "./random";

export type { DossierRow } from "./dossier-clock";
export type ChannelCode = DossierRow["channel"];

class CalibratedFactory extends DossierClock {
  private readonly restricted = new Map<string, ProcedureTable | null>();

  constructor(
    private readonly plan: DossierPlan,
    private readonly model: DossierModel,
    private readonly roster: OfficialRoster,
    random: Random,
    /** the data's last day: a dossier pending at the window's end is resolved by then, or not at all */
    private readonly lastDay: number,
  ) {
    super(plan.calendar, random);
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
      agency = pickAgency(this.model.calibration, procedure, r);
    }
    const p = PROCEDURES[procedure]!;
    const progress = day / DOSSIER_LAST_DAY;
    const canGoOnline = p.onlineLevel !== "NONE";
    const channel: DossierRow["channel"] =
      !working || (canGoOnline && r.chance(this.plan.online[day]!)) ? "ONLINE" : r.chance(0.02) ? "POSTAL" : "IN_PERSON";
    const online = channel === "ONLINE";
    const receivedAt = this.receivedAt(day, online);
    const dueDay = calendar.addWorkingDays(day, p.statutoryDays);
    const dueAt = this.dueAt(dueDay);

    let resolvedAt: number | null = null;
    let apologyIssuedAt: number | null = null;
    let rescheduleCount = 0;
    if (cls === "EARLY") resolvedAt = this.earlyResolution(day, dueDay, receivedAt, DOSSIER_LAST_DAY);
    else if (cls === "ON_TIME") resolvedAt = this.onDueDay(dueDay);
    else if (cls === "LATE") {
      resolvedAt = this.officeInstant(this.lateDay(dueDay, DOSSIER_LAST_DAY));
      apologyIssuedAt = this.apology(dueDay);
      rescheduleCount = r.chance(0.03) ? 2 : 1;
    } else {
      resolvedAt = this.afterTheWindow(dueDay);
    }

    return this.complete(
      { procedure, agency, channel, receivedAt, dueAt, resolvedAt, apologyIssuedAt, rescheduleCount },
      this.roster, cls === "LATE", hotspot ? 0.7 : 0.4, progress,
    );
  }

  /** Pending on 30/08/2024: resolved later, mostly on its due day, some before — or not yet. */
  private afterTheWindow(dueDay: number): number | null {
    const { calendar } = this.plan;
    const from = DOSSIER_LAST_DAY + 1;
    const working = calendar.cumulative[dueDay - 1]! - calendar.cumulative[from - 1]!;
    const day = working > 0 && this.random.chance(0.35) ? calendar.workDays[calendar.cumulative[from - 1]! + this.random.int(0, working - 1)]! : dueDay;
    if (day > this.lastDay) return null;
    return day === dueDay ? this.onDueDay(dueDay) : this.officeInstant(day);
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
}

const CLASSES: ReadonlyArray<[OutcomeClass, keyof Pick<DossierPlan, "early" | "onTime" | "late" | "pending">]> = [
  ["EARLY", "early"],
  ["ON_TIME", "onTime"],
  ["LATE", "late"],
  ["PENDING", "pending"],
];

/** The calibrated window, one day at a time (days 0 … DOSSIER_LAST_DAY, in order). */
export class CalibratedWindow {
  private readonly factory: CalibratedFactory;

  constructor(
    readonly plan: DossierPlan,
    lastDay: number,
  ) {
    this.factory = new CalibratedFactory(plan, dossierModel(), officialRoster(), new Random().fork("dossiers"), lastDay);
  }

  day(d: number): DossierRow[] {
    const rows: DossierRow[] = [];
    for (const [cls, key] of CLASSES) {
      const n = this.plan[key][d]!;
      for (let i = 0; i < n; i += 1) rows.push(this.factory.make(d, cls));
    }
    numberDay(rows, codePrefix("NT", d));
    return rows;
  }
}

/** Old Ninh Thuận's dossiers of the calibration window at the given scale. Deterministic. */
export function* generateCalibrationWindow(scale: number, lastDay: number, plan: DossierPlan = buildDossierPlan(scale, lastDay)): Generator<DossierRow, void, undefined> {
  const window = new CalibratedWindow(plan, lastDay);
  for (let d = 0; d <= DOSSIER_LAST_DAY; d += 1) yield* window.day(d);
}

/** The instant a day index begins (for tests that compare instants with days). */
export const startOfDemoDay = dayStartMs;
