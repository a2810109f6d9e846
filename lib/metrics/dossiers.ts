// Dossier figures of a period (DESIGN §5.2), the one definition every page shares.
// Outcome by calendar day in Việt Nam: early (resolved before the due day), on time (on the due
// day), late (after it), pending (unresolved, due day not passed), overdue (unresolved after the
// end of its due day). For a period [from, to]:
//   carried over = unresolved at the start;  to process = carried over + received in the period;
//   late rate = (resolved late in the period + overdue at the period's end) ÷ to process;
//   on-time rate = 1 − late rate;  a rate with a zero denominator is null ("không có dữ liệu").
import { localDateOf, type LocalDate, type Period } from "./periods";

export type DossierCounts = {
  carriedOver: number;
  received: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  /** unresolved at the end of the period's last day and past their due day */
  overdueAtEnd: number;
  /** of those received in the period */
  receivedOnline: number;
  synced: number;
  digitized: number;
  electronic: number;
};

export type DossierFigures = DossierCounts & {
  toProcess: number;
  resolved: number;
  /** unresolved at the end and still within their deadline */
  pendingAtEnd: number;
  lateRate: number | null;
  onTimeRate: number | null;
  /** shares of the dossiers resolved in the period */
  earlyShare: number | null;
  onTimeShare: number | null;
  lateShare: number | null;
  /** shares of the dossiers received in the period */
  onlineShare: number | null;
  syncedShare: number | null;
  digitizedShare: number | null;
};

export const EMPTY_DOSSIER_COUNTS: DossierCounts = Object.freeze({
  carriedOver: 0,
  received: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  overdueAtEnd: 0,
  receivedOnline: 0,
  synced: 0,
  digitized: 0,
  electronic: 0,
});

/** numerator ÷ denominator, or null when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

export function dossierFigures(counts: DossierCounts): DossierFigures {
  const toProcess = counts.carriedOver + counts.received;
  const resolved = counts.resolvedEarly + counts.resolvedOnTime + counts.resolvedLate;
  const lateRate = ratio(counts.resolvedLate + counts.overdueAtEnd, toProcess);
  return {
    ...counts,
    toProcess,
    resolved,
    pendingAtEnd: toProcess - resolved - counts.overdueAtEnd,
    lateRate,
    onTimeRate: lateRate === null ? null : 1 - lateRate,
    earlyShare: ratio(counts.resolvedEarly, resolved),
    onTimeShare: ratio(counts.resolvedOnTime, resolved),
    lateShare: ratio(counts.resolvedLate, resolved),
    onlineShare: ratio(counts.receivedOnline, counts.received),
    syncedShare: ratio(counts.synced, counts.received),
    digitizedShare: ratio(counts.digitized, counts.received),
  };
}

export function addDossierCounts(a: DossierCounts, b: DossierCounts): DossierCounts {
  const sum = { ...a };
  for (const key of Object.keys(sum) as (keyof DossierCounts)[]) sum[key] += b[key];
  return sum;
}

/** A dossier as the definitions need it. */
export type DossierRecord = {
  receivedAt: Date;
  dueAt: Date;
  resolvedAt: Date | null;
  channel: "ONLINE" | "IN_PERSON" | "POSTAL";
  syncedToNationalPortal: boolean;
  digitized: boolean;
  hasElectronicResult: boolean;
};

export type DossierOutcome = "EARLY" | "ON_TIME" | "LATE" | "PENDING" | "OVERDUE";

/** A dossier's outcome as of the end of day `asOf`. */
export function outcomeAsOf(dossier: Pick<DossierRecord, "dueAt" | "resolvedAt">, asOf: LocalDate): DossierOutcome {
  const due = localDateOf(dossier.dueAt);
  const resolved = dossier.resolvedAt === null ? null : localDateOf(dossier.resolvedAt);
  // unresolved at the end of `asOf`: overdue once its due day is over
  if (resolved === null || resolved > asOf) return due <= asOf ? "OVERDUE" : "PENDING";
  if (resolved < due) return "EARLY";
  return resolved === due ? "ON_TIME" : "LATE";
}

/**
 * The counts of a period straight from the definitions, dossier by dossier: the reference the
 * rollup-based reads are tested against, and the way to count a handful of rows.
 */
export function countDossiers(dossiers: Iterable<DossierRecord>, period: Pick<Period, "from" | "to">): DossierCounts {
  const counts = { ...EMPTY_DOSSIER_COUNTS };
  for (const d of dossiers) {
    const received = localDateOf(d.receivedAt);
    if (received > period.to) continue;
    const resolved = d.resolvedAt === null ? null : localDateOf(d.resolvedAt);
    if (received < period.from) {
      if (resolved === null || resolved >= period.from) counts.carriedOver += 1;
    } else {
      counts.received += 1;
      if (d.channel === "ONLINE") counts.receivedOnline += 1;
      if (d.syncedToNationalPortal) counts.synced += 1;
      if (d.digitized) counts.digitized += 1;
      if (d.hasElectronicResult) counts.electronic += 1;
    }
    if (resolved !== null && resolved >= period.from && resolved <= period.to) {
      const outcome = outcomeAsOf(d, period.to);
      if (outcome === "EARLY") counts.resolvedEarly += 1;
      else if (outcome === "ON_TIME") counts.resolvedOnTime += 1;
      else counts.resolvedLate += 1;
    } else if (resolved === null || resolved > period.to) {
      if (outcomeAsOf(d, period.to) === "OVERDUE") counts.overdueAtEnd += 1;
    }
  }
  return counts;
}

/** The province's rule for agencies (DESIGN §6): at or above 10 % late in a year. */
export const AGENCY_LATE_LIMIT = 0.1;

/** Agencies at or above the limit cannot be rated good nor receive emulation awards. */
export function agencyBreaksLateRule(lateRate: number | null): boolean {
  return lateRate !== null && lateRate >= AGENCY_LATE_LIMIT;
}

/** Officials strictly above 10 % late cannot be rated "completed tasks well" (DESIGN §6). */
export function officialBreaksLateRule(lateRate: number | null): boolean {
  return lateRate !== null && lateRate > AGENCY_LATE_LIMIT;
}

export type Trend = "up" | "down" | "flat";

/** How a figure moved, and whether that is good when a higher value is better (or worse). */
export function changeOf(
  current: number | null,
  previous: number | null,
  higherIsBetter: boolean,
): { delta: number | null; trend: Trend | null; good: boolean | null } {
  if (current === null || previous === null) return { delta: null, trend: null, good: null };
  const delta = current - previous;
  const trend: Trend = Math.abs(delta) < 1e-12 ? "flat" : delta > 0 ? "up" : "down";
  return { delta, trend, good: trend === "flat" ? null : (trend === "up") === higherIsBetter };
}
