// How many dossiers of each outcome are received on each day, for a given scale. Exact by
// construction: every per-day count comes from apportion(), so the window totals are the
// calibration figures (DESIGN §5.2) at scale 1 and their rounded values at any other scale.
//
// The end of the window constrains the last weeks: a dossier still pending on 30/8/2024 has a
// due date after it; one resolved on its due day, a due date inside it; one resolved late, a
// due date at least a working day before the end.
import { DOSSIER_LAST_DAY, HORIZON_LAST_DAY, HORIZON_MARGIN_DAYS, TET_BREAKS, WorkCalendar, dayIndex } from "./calendar";
import { expectedDossierCounts, type DossierCounts } from "./counts";
import { dossierModel } from "./dossier-model";
import { apportion } from "./sampling";

const MAX_STATUTORY_DAYS = 30;
const MONTH_FACTOR = [0, 1.0, 0.95, 1.0, 0.97, 1.0, 1.02, 1.0, 1.0, 0.98, 1.03, 1.08, 1.15];
const WEEKDAY_FACTOR = [0, 1.12, 1.02, 1.0, 0.98, 0.92, 0];
/** Days off: only the portal receives, a small fraction of a working day's volume. */
const DAY_OFF_FACTOR = 0.06;

export type DossierPlan = {
  calendar: WorkCalendar;
  counts: DossierCounts;
  received: Int32Array;
  early: Int32Array;
  onTime: Int32Array;
  late: Int32Array;
  pending: Int32Array;
  /** working days left in the window after each day */
  remaining: Int32Array;
  /** probability that a dossier filed on a working day goes online, when the procedure allows it */
  online: Float64Array;
  /** per hotspot, the probability that a late dossier of its year belongs to it */
  hotspotShare: Float64Array;
};

/** A day's relative volume: month, weekday, growth, the 2021 COVID wave, the rush before Tết. */
export function dayWeight(calendar: WorkCalendar, d: number): number {
  if (calendar.working[d] === 0) return DAY_OFF_FACTOR;
  let w = MONTH_FACTOR[calendar.month[d]!]! * WEEKDAY_FACTOR[calendar.weekday[d]!]!;
  w *= 1 + (0.06 * d) / 365; // more dossiers every year
  if (d < dayIndex("2021-11-01")) w *= 0.8; // the COVID-19 wave of autumn 2021
  else if (d < dayIndex("2022-01-01")) w *= 0.9;
  for (const tet of TET_BREAKS) {
    if (d >= tet.first - 21 && d < tet.first) w *= 1.2; // papers sorted out before Tết
    if (d > tet.last && d <= tet.last + 10) w *= 0.7; // and a slow restart after it
  }
  if (WEEKDAY_FACTOR[calendar.weekday[d]!] === 0) w = 0.6; // a Saturday worked in exchange
  return w;
}

function sumOf(values: Int32Array): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}

/** The window's plan; `lastDay` is the data's last day (the calendar reaches past it for due dates). */
export function buildDossierPlan(scale: number, lastDay: number = HORIZON_LAST_DAY): DossierPlan {
  const calendar = new WorkCalendar(Math.max(lastDay, DOSSIER_LAST_DAY) + HORIZON_MARGIN_DAYS);
  const model = dossierModel();
  const counts = expectedDossierCounts(scale);
  const days = DOSSIER_LAST_DAY + 1;
  const weights = Float64Array.from({ length: days }, (_, d) => dayWeight(calendar, d));
  const received = apportion(counts.received, weights);
  const remaining = Int32Array.from({ length: days }, (_, d) => calendar.workingDaysBetween(d, DOSSIER_LAST_DAY));
  const tableFor = (d: number, kind: "ON_TIME" | "PENDING") => model.tables[kind][calendar.working[d] === 1 ? 0 : 1];

  // pending: received so late that the due date falls after the window
  const pendingWeights = new Float64Array(days);
  const pendingCaps = new Int32Array(days);
  const eligible = (d: number) => remaining[d]! < MAX_STATUTORY_DAYS;
  for (let d = 0; d < days; d += 1) {
    if (!eligible(d)) continue;
    const beyond = 1 - tableFor(d, "PENDING").cumulativeByDays[remaining[d]!]!;
    if (beyond <= 1e-12) continue;
    pendingWeights[d] = received[d]! * beyond;
    pendingCaps[d] = received[d]!;
  }
  // At tiny scales the last days may hold fewer dossiers than must still be pending there.
  for (let shortfall = counts.pending - sumOf(pendingCaps); shortfall > 0; shortfall -= 1) {
    let busiest = 0;
    for (let d = 0; d < days; d += 1) if (!eligible(d) && received[d]! > received[busiest]!) busiest = d;
    received[busiest] = received[busiest]! - 1;
    received[DOSSIER_LAST_DAY] = received[DOSSIER_LAST_DAY]! + 1;
    pendingCaps[DOSSIER_LAST_DAY] = received[DOSSIER_LAST_DAY]!;
    pendingWeights[DOSSIER_LAST_DAY] = Math.max(pendingWeights[DOSSIER_LAST_DAY]!, 1);
  }
  const pending = apportion(counts.pending, pendingWeights, pendingCaps);

  // late: only where a due date plus at least one working day still fits in the window
  const lateWeights = new Float64Array(days);
  for (let d = 0; d < days; d += 1) {
    if (calendar.working[d] === 1 && remaining[d]! > MAX_STATUTORY_DAYS + 1) lateWeights[d] = received[d]! * (1.15 - (0.3 * d) / days);
  }
  const late = apportion(counts.late, lateWeights, received);

  // early / on time: on the last days only part of the catalogue can still be due in the window
  const rest = Int32Array.from(received, (n, d) => n - pending[d]! - late[d]!);
  const mustBeEarly = new Int32Array(days);
  for (let d = 0; d < days; d += 1) {
    if (!eligible(d)) continue;
    const fits = tableFor(d, "ON_TIME").cumulativeByDays[remaining[d]!]!;
    mustBeEarly[d] = rest[d]! - Math.floor(rest[d]! * fits * 0.999);
  }
  const freeEarly = counts.early - sumOf(mustBeEarly);
  if (freeEarly < 0) throw new Error(`demo plan: scale ${scale} is too small to place the early dossiers`);
  const earlyWeights = Float64Array.from(rest, (n, d) => n * (0.85 + (0.3 * d) / days));
  const early = apportion(freeEarly, earlyWeights, Int32Array.from(rest, (n, d) => n - mustBeEarly[d]!));
  for (let d = 0; d < days; d += 1) early[d] = early[d]! + mustBeEarly[d]!;
  const onTime = Int32Array.from(rest, (n, d) => n - early[d]!);

  const online = Float64Array.from({ length: days }, (_, d) =>
    Math.min(0.97, (0.2 + (0.25 * d) / (days - 1)) / model.onlineCapableShare),
  );

  // hotspots: enough late dossiers to lift the agency to its bad-year rate
  const receivedByYear = new Map<number, number>();
  const lateByYear = new Map<number, number>();
  for (let d = 0; d < days; d += 1) {
    const y = calendar.year[d]!;
    receivedByYear.set(y, (receivedByYear.get(y) ?? 0) + received[d]!);
    lateByYear.set(y, (lateByYear.get(y) ?? 0) + late[d]!);
  }
  const hotspotShare = Float64Array.from(model.hotspots, (h) => {
    const normal = (receivedByYear.get(h.year) ?? 0) * model.calibration.agencyShare[h.agency]!;
    const lateInYear = lateByYear.get(h.year) ?? 0;
    return lateInYear === 0 ? 0 : (h.rate / (1 - h.rate)) * normal / lateInYear;
  });
  for (const year of new Set(model.hotspots.map((h) => h.year))) {
    let total = 0;
    model.hotspots.forEach((h, i) => (total += h.year === year ? hotspotShare[i]! : 0));
    // the rest of the province keeps some late dossiers too
    if (total > 0.8) model.hotspots.forEach((h, i) => h.year === year && (hotspotShare[i] = (hotspotShare[i]! * 0.8) / total));
  }

  return { calendar, counts, received, early, onTime, late, pending, remaining, online, hotspotShare };
}
