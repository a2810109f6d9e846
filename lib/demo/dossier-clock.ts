// The instants of a demo dossier: when it arrives (office hours at the counter, any time on the
// portal), when it is due (statutory working days later, 17:00) and when it is resolved — early,
// on its due day or late — on working days. Shared by the calibrated window and the later streams.
import type { Channel } from "../generated/prisma/enums";
import { DAY_MS, MINUTE_MS, dateParts, dayStartMs, type WorkCalendar } from "./calendar";
import type { Random } from "./random";

export type DossierRow = {
  code: string;
  /** indexes into PROCEDURES, AGENCIES and officialRoster().officials */
  procedure: number;
  agency: number;
  official: number;
  channel: Channel;
  receivedAt: number;
  dueAt: number;
  resolvedAt: number | null;
  syncedToNationalPortal: boolean;
  digitized: boolean;
  hasElectronicResult: boolean;
  apologyIssuedAt: number | null;
  rescheduleCount: number;
};

/** What a factory decides about a dossier; the official and the traits follow from it (DossierClock.complete). */
export type DossierCore = Pick<DossierRow, "procedure" | "agency" | "channel" | "receivedAt" | "dueAt" | "resolvedAt" | "apologyIssuedAt" | "rescheduleCount">;

/** The probability that a dossier of `day` has each trait, from the province's progress. */
export function traitChances(progress: number, online: boolean) {
  return {
    synced: online ? 0.96 : Math.min(0.95, 0.25 + 0.5 * progress),
    digitized: Math.min(0.97, 0.12 + 0.7 * progress + (online ? 0.08 : 0)),
    electronic: Math.min(0.92, 0.08 + 0.6 * progress),
  };
}

export const OFFICE_OPEN = 7 * 60 + 30;
const LUNCH_START = 11 * 60 + 30;
const LUNCH_END = 13 * 60 + 30;
export const OFFICE_CLOSE = 17 * 60;
export const DUE_TIME_MS = 17 * 60 * MINUTE_MS;

export class DossierClock {
  constructor(
    readonly calendar: WorkCalendar,
    readonly random: Random,
  ) {}

  /** Minute of the day a dossier arrives: office hours at the counter, any time on the portal. */
  receiptMinute(online: boolean, working: boolean): number {
    const r = this.random;
    if (!working || (online && r.chance(0.3))) return r.int(6 * 60, 23 * 60 - 1);
    return r.chance(0.6) ? r.int(OFFICE_OPEN, LUNCH_START - 1) : r.int(LUNCH_END, OFFICE_CLOSE - 1);
  }

  receivedAt(day: number, online: boolean): number {
    return dayStartMs(day) + this.receiptMinute(online, this.calendar.working[day] === 1) * MINUTE_MS + this.random.int(0, 59_999);
  }

  dueAt(dueDay: number): number {
    return dayStartMs(dueDay) + DUE_TIME_MS;
  }

  officeInstant(day: number): number {
    return dayStartMs(day) + this.random.int(OFFICE_OPEN, 17 * 60 + 29) * MINUTE_MS + this.random.int(0, 59_999);
  }

  onDueDay(dueDay: number): number {
    return dayStartMs(dueDay) + this.random.int(OFFICE_OPEN, OFFICE_CLOSE - 1) * MINUTE_MS + this.random.int(0, 59_999);
  }

  /** A working day before the due day (often the day of receipt), never after `lastDay`. */
  earlyResolution(day: number, dueDay: number, receivedAt: number, lastDay: number): number {
    const { calendar } = this;
    const r = this.random;
    const latest = Math.min(dueDay - 1, lastDay);
    const firstIndex = calendar.cumulative[day]! - calendar.working[day]!;
    const lastIndex = calendar.cumulative[latest]! - 1;
    let resolvedDay = day;
    if (lastIndex >= firstIndex) resolvedDay = calendar.workDays[r.chance(0.5) ? firstIndex : r.int(firstIndex, lastIndex)]!;
    if (resolvedDay !== day) return this.officeInstant(resolvedDay);
    const endOfDay = dayStartMs(day) + DAY_MS - 1;
    return Math.max(receivedAt, Math.min(endOfDay, receivedAt + r.int(10, 240) * MINUTE_MS + r.int(0, 59_999)));
  }

  /** Most late dossiers slip by a few working days; a few by weeks. Never after `lastDay`. */
  lateDay(dueDay: number, lastDay: number): number {
    const { calendar } = this;
    const u = this.random.next();
    const slip = u < 0.35 ? 1 : u < 0.55 ? 2 : u < 0.8 ? this.random.int(3, 5) : u < 0.95 ? this.random.int(6, 15) : this.random.int(16, 40);
    const day = Math.min(calendar.addWorkingDays(dueDay, slip), calendar.lastWorkingDayAtOrBefore(lastDay));
    if (day <= dueDay) throw new Error(`demo dossiers: a late dossier due on day ${dueDay} cannot resolve by day ${lastDay}`);
    return day;
  }

  /**
   * The official who handles a dossier and its traits. Late dossiers cluster on one official per
   * agency (with `clusterChance`), as inspections usually find.
   */
  complete(core: DossierCore, roster: { first: Int32Array; count: Int32Array }, late: boolean, clusterChance: number, progress: number): DossierRow {
    const r = this.random;
    const officials = roster.count[core.agency]!;
    const first = roster.first[core.agency]!;
    const official = late && officials > 1 && r.chance(clusterChance) ? first + 1 : first + r.int(0, officials - 1);
    const chances = traitChances(progress, core.channel === "ONLINE");
    return {
      code: "",
      procedure: core.procedure,
      agency: core.agency,
      official,
      channel: core.channel,
      receivedAt: core.receivedAt,
      dueAt: core.dueAt,
      resolvedAt: core.resolvedAt,
      apologyIssuedAt: core.apologyIssuedAt,
      rescheduleCount: core.rescheduleCount,
      syncedToNationalPortal: r.chance(chances.synced),
      digitized: r.chance(chances.digitized),
      hasElectronicResult: core.resolvedAt !== null && r.chance(chances.electronic),
    };
  }

  /** The letter of apology comes with the new date, before the original one passes; ~5 % never sent. */
  apology(dueDay: number): number | null {
    return this.random.chance(0.95) ? dayStartMs(dueDay) + this.random.int(8 * 60, 16 * 60 + 29) * MINUTE_MS : null;
  }
}

/** "NT-240830-" for a dossier of old Ninh Thuận received on 30/08/2024. */
export function codePrefix(province: string, day: number): string {
  const { year, month, date } = dateParts(day);
  return `${province}-${String(year % 100).padStart(2, "0")}${String(month).padStart(2, "0")}${String(date).padStart(2, "0")}-`;
}

/** A day's rows in receipt order, numbered: the code's sequence is the receipt order. */
export function numberDay(rows: DossierRow[], prefix: string): void {
  rows.sort((a, b) => a.receivedAt - b.receivedAt);
  for (let i = 0; i < rows.length; i += 1) rows[i]!.code = prefix + String(i + 1).padStart(7, "0");
}
