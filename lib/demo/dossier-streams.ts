// Every demo dossier from 28/09/2021 to the data's day, day by day in receipt order: old Ninh
// Thuận's calibrated window (lib/demo/dossiers.ts), then its dossiers until 30/06/2025; old Khánh
// Hòa's until 30/06/2025; the merged province's from 01/07/2025. Outside the window volumes follow
// the window's daily pattern and rate (old Khánh Hòa at KH_VOLUME of it, the merged province at
// both), and outcomes follow each stream's mix; what is not resolved by the data's day is pending or
// overdue on it, as it would be in a live system.
import { DAY_MS, DOSSIER_LAST_DAY, dayIndex, dayStartMs, isoDate, type WorkCalendar } from "./calendar";
import { expectedDossierCounts } from "./counts";
import { DossierClock, codePrefix, numberDay, type DossierRow } from "./dossier-clock";
import { dossierModel, KH_VOLUME, pickAgency, routingFor, type DossierModel, type OutcomeClass } from "./dossier-model";
import { buildDossierPlan, dayWeight } from "./dossier-plan";
import { CalibratedWindow } from "./dossiers";
import { officialRoster, type OfficialRoster } from "./officials";
import { agencyIndex } from "./org/demo-succession";
import { PROVINCES_MERGED_ON, dayBefore, type Territory } from "./org/seed-types";
import { PROCEDURES } from "./procedures";
import { Random } from "./random";
import { apportion } from "./sampling";

type Mix = { early: number; late: number };

export type StreamSpec = {
  label: string;
  prefix: string;
  territory: Territory;
  firstDay: number;
  lastDay: number;
  /** dossiers per day against old Ninh Thuận's */
  volume: number;
  mix: (day: string) => Mix;
};

/** An agency's bad year after the window (the 10 % rule of DESIGN §6 has cases in 2023–2026 too). */
export const STREAM_HOTSPOTS: readonly { agencyCode: string; year: number; rate: number }[] = [
  { agencyCode: "KH-SXD", year: 2023, rate: 0.12 },
  { agencyCode: "KH-X-KV-05", year: 2024, rate: 0.13 },
  { agencyCode: "X-BAC-AI-TAY", year: 2025, rate: 0.14 },
  { agencyCode: "X-SUOI-DAU", year: 2026, rate: 0.12 },
];

const JUNE_END = dayIndex(dayBefore(PROVINCES_MERGED_ON));
const JULY_FIRST = dayIndex(PROVINCES_MERGED_ON);

/** The streams after the window, cut at the data's last day. */
export function streamSpecs(lastDay: number): StreamSpec[] {
  const specs: StreamSpec[] = [
    { label: "dossiers-nt-after", prefix: "NT", territory: "NT", firstDay: DOSSIER_LAST_DAY + 1, lastDay: Math.min(JUNE_END, lastDay), volume: 1, mix: () => ({ early: 0.21, late: 0.0035 }) },
    { label: "dossiers-kh", prefix: "KH", territory: "KH", firstDay: 0, lastDay: Math.min(JUNE_END, lastDay), volume: KH_VOLUME, mix: (day) => ({ early: 0.18, late: day < "2023-01-01" ? 0.008 : 0.006 }) },
    {
      // the first months of the merged province: new units, new systems, more late dossiers
      label: "dossiers-merged", prefix: "KH", territory: "ALL", firstDay: JULY_FIRST, lastDay, volume: 1 + KH_VOLUME,
      mix: (day) => ({ early: 0.22, late: day < "2025-10-01" ? 0.02 : day < "2026-01-01" ? 0.01 : 0.006 }),
    },
  ];
  return specs.filter((spec) => spec.firstDay <= spec.lastDay);
}

/** Dossiers per unit of day weight at scale 1: the calibration window's. */
function windowRate(calendar: WorkCalendar): number {
  let weights = 0;
  for (let d = 0; d <= DOSSIER_LAST_DAY; d += 1) weights += dayWeight(calendar, d);
  return expectedDossierCounts(1).received / weights;
}

/** How many dossiers each day of a stream receives at `scale` (exact integers by apportion). */
export function streamCounts(spec: StreamSpec, scale: number, calendar: WorkCalendar): Int32Array {
  const weights = Float64Array.from({ length: spec.lastDay - spec.firstDay + 1 }, (_, i) => dayWeight(calendar, spec.firstDay + i));
  const total = Math.round(scale * windowRate(calendar) * spec.volume * weights.reduce((s, w) => s + w, 0));
  return apportion(total, weights);
}

class StreamFactory extends DossierClock {
  private readonly hot = new Map<string, number>();

  constructor(
    private readonly spec: StreamSpec,
    private readonly model: DossierModel,
    private readonly roster: OfficialRoster,
    calendar: WorkCalendar,
    /** the end of the data's last day: nothing is resolved after it */
    private readonly endMs: number,
  ) {
    super(calendar, new Random().fork(spec.label));
    for (const h of STREAM_HOTSPOTS) this.hot.set(`${agencyIndex(h.agencyCode)}|${h.year}`, h.rate);
  }

  make(day: number): DossierRow {
    const { calendar, random: r } = this;
    const iso = isoDate(day);
    const working = calendar.working[day] === 1;
    const mix = this.spec.mix(iso);
    const u = r.next();
    let cls: OutcomeClass = u < mix.late ? "LATE" : u < mix.late + mix.early ? "EARLY" : "ON_TIME";
    const table = cls === "LATE" ? this.model.late : this.model.tables[cls][working ? 0 : 1];
    const procedure = table.procedures[table.alias.sample(r)]!;
    const agency = pickAgency(routingFor(this.spec.territory, iso), procedure, r);
    const hotRate = this.hot.get(`${agency}|${calendar.year[day]}`);
    if (hotRate !== undefined && cls !== "LATE" && r.chance(hotRate)) cls = "LATE";

    const p = PROCEDURES[procedure]!;
    const progress = day / DOSSIER_LAST_DAY;
    const online = !working || (p.onlineLevel !== "NONE" && r.chance(Math.min(0.97, (0.2 + 0.25 * progress) / this.model.onlineCapableShare)));
    const channel: DossierRow["channel"] = online ? "ONLINE" : r.chance(0.02) ? "POSTAL" : "IN_PERSON";
    const receivedAt = this.receivedAt(day, online);
    const dueDay = calendar.addWorkingDays(day, p.statutoryDays);
    const dueAt = this.dueAt(dueDay);
    const horizon = calendar.days - 1;

    let resolvedAt: number;
    let apologyIssuedAt: number | null = null;
    let rescheduleCount = 0;
    if (cls === "EARLY") resolvedAt = this.earlyResolution(day, dueDay, receivedAt, horizon);
    else if (cls === "ON_TIME") resolvedAt = this.onDueDay(dueDay);
    else {
      resolvedAt = this.officeInstant(this.lateDay(dueDay, horizon));
      rescheduleCount = r.chance(0.03) ? 2 : 1;
      const apology = this.apology(dueDay);
      apologyIssuedAt = apology !== null && apology <= this.endMs ? apology : null;
      if (apologyIssuedAt === null && dayStartMs(dueDay) > this.endMs) rescheduleCount = 0;
    }
    const resolved = resolvedAt <= this.endMs ? resolvedAt : null;

    return this.complete(
      { procedure, agency, channel, receivedAt, dueAt, resolvedAt: resolved, apologyIssuedAt, rescheduleCount },
      this.roster, cls === "LATE", 0.4, progress,
    );
  }
}

export type DossierVolume = { calibration: number; streams: { label: string; dossiers: number }[]; total: number };

/** How many dossiers a seed at `scale` up to `lastDay` generates (for progress reports and tests). */
export function dossierVolume(scale: number, lastDay: number): DossierVolume {
  const plan = buildDossierPlan(scale, lastDay);
  const streams = streamSpecs(lastDay).map((spec) => ({ label: spec.label, dossiers: streamCounts(spec, scale, plan.calendar).reduce((s, n) => s + n, 0) }));
  const calibration = plan.counts.received;
  return { calibration, streams, total: calibration + streams.reduce((s, x) => s + x.dossiers, 0) };
}

/** Every dossier up to `lastDay` (a day index ≥ the window's last) at `scale`, in receipt order. Deterministic. */
export function* generateDossiers(scale: number, lastDay: number): Generator<DossierRow, void, undefined> {
  if (lastDay < DOSSIER_LAST_DAY) throw new Error("demo dossiers: the data's day must be after the calibration window");
  const plan = buildDossierPlan(scale, lastDay);
  const window = new CalibratedWindow(plan, lastDay);
  const endMs = dayStartMs(lastDay) + DAY_MS - 1;
  const model = dossierModel();
  const roster = officialRoster();
  const streams = streamSpecs(lastDay).map((spec) => ({
    spec,
    counts: streamCounts(spec, scale, plan.calendar),
    factory: new StreamFactory(spec, model, roster, plan.calendar, endMs),
  }));
  for (let d = 0; d <= lastDay; d += 1) {
    if (d <= DOSSIER_LAST_DAY) yield* window.day(d);
    for (const { spec, counts, factory } of streams) {
      if (d < spec.firstDay || d > spec.lastDay) continue;
      const n = counts[d - spec.firstDay]!;
      const rows: DossierRow[] = [];
      for (let i = 0; i < n; i += 1) rows.push(factory.make(d));
      numberDay(rows, codePrefix(spec.prefix, d));
      yield* rows;
    }
  }
}
