// The reporting calendar (issue 6): quarters with an opening day, a deadline and a lock day, set
// by Home Affairs and the same for every viewer. Writes and reopenings for one agency are in
// lib/data/reports/periods.ts.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";

type Db = Prisma.TransactionClient;

export type PeriodRow = { id: number; year: number; quarter: number; opensAt: Date; deadline: Date; locksAt: Date };

export const periodSelect = { id: true, year: true, quarter: true, opensAt: true, deadline: true, locksAt: true } satisfies Prisma.ReportingPeriodSelect;

/** Every period, newest first. */
export async function listPeriods(db: Db = getDb()): Promise<PeriodRow[]> {
  return db.reportingPeriod.findMany({ select: periodSelect, orderBy: [{ year: "desc" }, { quarter: "desc" }] });
}

export async function findPeriod(year: number, quarter: number, db: Db = getDb()): Promise<PeriodRow | null> {
  return db.reportingPeriod.findUnique({ where: { year_quarter: { year, quarter } }, select: periodSelect });
}
