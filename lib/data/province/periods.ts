// The reporting calendar (issue 6, issue 16): quarters with an opening day, a deadline and a lock
// day, the same for every viewer. The calendar follows the data's day: the quarter that holds it
// (and any quarter since the last one stored) exists with the configured deadline before anyone
// asks, so that the current quarter is open for entry without Home Affairs creating it. Home
// Affairs may still set a quarter's days by hand; writes and reopenings for one agency are in
// lib/data/reports/periods.ts.
import "server-only";
import { cache } from "react";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { quarterOf } from "@/lib/metrics/periods";
import { missingQuarters, quarterWindow } from "@/lib/rules/report-workflow";
import { getDataAsOf, getReportDeadlineDays } from "./settings";

type Db = Prisma.TransactionClient;

export type PeriodRow = { id: number; year: number; quarter: number; opensAt: Date; deadline: Date; locksAt: Date };

export const periodSelect = { id: true, year: true, quarter: true, opensAt: true, deadline: true, locksAt: true } satisfies Prisma.ReportingPeriodSelect;

/**
 * Creates the quarters the calendar lacks up to the data's day (an idempotent insert: two requests
 * at once create each quarter once). Province-wide: no viewer's rows are read or written.
 */
const ensureCalendar = cache(async (): Promise<void> => {
  const db = getDb();
  const [asOf, deadlineDays, latest] = await Promise.all([
    getDataAsOf(),
    getReportDeadlineDays(),
    db.reportingPeriod.findFirst({ select: { year: true, quarter: true }, orderBy: [{ year: "desc" }, { quarter: "desc" }] }),
  ]);
  const quarters = missingQuarters(latest, quarterOf(asOf));
  if (quarters.length === 0) return;
  await db.reportingPeriod.createMany({
    data: quarters.map((q) => ({ year: q.year, quarter: q.quarter, ...quarterWindow(q.year, q.quarter, deadlineDays) })),
    skipDuplicates: true,
  });
});

/** Every period, newest first. */
export async function listPeriods(db?: Db): Promise<PeriodRow[]> {
  if (!db) await ensureCalendar();
  return (db ?? getDb()).reportingPeriod.findMany({ select: periodSelect, orderBy: [{ year: "desc" }, { quarter: "desc" }] });
}

export async function findPeriod(year: number, quarter: number, db?: Db): Promise<PeriodRow | null> {
  if (!db) await ensureCalendar();
  return (db ?? getDb()).reportingPeriod.findUnique({ where: { year_quarter: { year, quarter } }, select: periodSelect });
}
