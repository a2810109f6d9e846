// Reporting periods and reopenings (issue 6): Home Affairs sets a quarter's days ("period.manage");
// a reopening lets one agency write after the lock until a given day, with a reason, and is
// audited. The calendar itself is read province-wide: lib/data/province/periods.ts.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { periodSelect, type PeriodRow } from "@/lib/data/province/periods";
import { getReportDeadlineDays, getReportingNow, REPORT_DEADLINE_DAYS_SETTING } from "@/lib/data/province/settings";
import { quarterWindow } from "@/lib/rules/report-workflow";
import { requirePermission } from "@/lib/data/scope";
import { endOfLocalDay, startOfLocalDay } from "@/lib/metrics/periods";
import type { DeadlineDaysInput, PeriodInput, ReopenInput } from "@/lib/validations/report-catalogue";

type Db = Prisma.TransactionClient;

export type { PeriodRow };

/**
 * The end of the latest reopening of this period for this agency that is still running at `now`.
 * Scope: none — its callers (getReportView, saveReport) have checked that the viewer may read or
 * edit this agency's report.
 */
export async function unsafeReopenedUntil(periodId: number, agencyId: number, now: Date, db: Db = getDb()): Promise<{ until: Date; reason: string } | null> {
  return db.reportingReopening.findFirst({
    where: { periodId, agencyId, until: { gt: now } },
    select: { until: true, reason: true },
    orderBy: { until: "desc" },
  });
}

/** The period's days: opens at the start of its opening day, deadline and lock at the end of theirs. */
export async function savePeriod(tx: Db, viewer: Viewer, input: PeriodInput): Promise<PeriodRow> {
  requirePermission(viewer, "period.manage");
  const data = {
    opensAt: startOfLocalDay(input.opensAt),
    deadline: endOfLocalDay(input.deadline),
    locksAt: endOfLocalDay(input.locksAt),
  };
  return tx.reportingPeriod.upsert({
    where: { year_quarter: { year: input.year, quarter: input.quarter } },
    create: { year: input.year, quarter: input.quarter, ...data },
    update: data,
    select: periodSelect,
  });
}

export type Reopening = { id: number; periodId: number; agencyId: number; until: Date; reason: string };

export async function reopenPeriod(tx: Db, viewer: Viewer, input: ReopenInput, now: Date): Promise<Reopening> {
  requirePermission(viewer, "period.manage", { agencyId: input.agencyId });
  const period = await tx.reportingPeriod.findUnique({ where: { id: input.periodId }, select: { id: true } });
  if (!period) throw new AppError("PERIOD_NOT_FOUND", {}, { field: "periodId" });
  const agency = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } });
  if (!agency) throw new AppError("PERIOD_AGENCY_NOT_FOUND", {}, { field: "agencyId" });
  const until = endOfLocalDay(input.until);
  // a reopening must run past the day the workflow reads as today (the data's day on a snapshot)
  if (until <= (await getReportingNow(now))) throw new AppError("REOPEN_UNTIL_PAST", {}, { field: "until" });
  return tx.reportingReopening.create({
    data: { periodId: input.periodId, agencyId: input.agencyId, until, reason: input.reason, createdById: viewer.userId },
    select: { id: true, periodId: true, agencyId: true, until: true, reason: true },
  });
}

export type ReopeningRow = Reopening & { agencyName: string; year: number; quarter: number; createdBy: string };

/** The latest reopenings, for Home Affairs' period page; empty for anyone who does not manage periods. */
export async function listReopenings(viewer: Viewer): Promise<ReopeningRow[]> {
  if (!can(viewer, "period.manage")) return [];
  const rows = await getDb().reportingReopening.findMany({
    select: {
      id: true, periodId: true, agencyId: true, until: true, reason: true,
      agency: { select: { name: true } },
      period: { select: { year: true, quarter: true } },
      createdBy: { select: { fullName: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return rows.map((row) => ({
    id: row.id, periodId: row.periodId, agencyId: row.agencyId, until: row.until, reason: row.reason,
    agencyName: row.agency.name, year: row.period.year, quarter: row.period.quarter, createdBy: row.createdBy.fullName,
  }));
}

export type DeadlineChange = { from: number; to: number; quartersMoved: number };

/**
 * Sets the report deadline (days after a quarter's end) for new quarters, and moves the deadline
 * of the quarters still open on the workflow's day to it; a closed quarter stays closed (it
 * reopens only by a reopening for one agency).
 */
export async function setReportDeadlineDays(tx: Db, viewer: Viewer, input: DeadlineDaysInput, now: Date): Promise<DeadlineChange> {
  requirePermission(viewer, "period.manage");
  const [from, clock] = await Promise.all([getReportDeadlineDays(), getReportingNow(now)]);
  await tx.setting.upsert({
    where: { key: REPORT_DEADLINE_DAYS_SETTING },
    create: { key: REPORT_DEADLINE_DAYS_SETTING, value: input.days },
    update: { value: input.days },
  });
  const open = await tx.reportingPeriod.findMany({ where: { locksAt: { gt: clock } }, select: { id: true, year: true, quarter: true } });
  for (const period of open) {
    const { deadline, locksAt } = quarterWindow(period.year, period.quarter, input.days);
    await tx.reportingPeriod.update({ where: { id: period.id }, data: { deadline, locksAt } });
  }
  return { from, to: input.days, quartersMoved: open.length };
}
