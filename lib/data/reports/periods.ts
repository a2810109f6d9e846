// Reporting periods and reopenings (issue 6): quarters with an opening day, a deadline and a lock
// day, set by Home Affairs ("period.manage"); a reopening lets one agency write after the lock
// until a given day, with a reason, and is audited.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import { ActionError } from "@/lib/auth/action-result";
import { t } from "@/lib/i18n";
import { endOfLocalDay, startOfLocalDay } from "@/lib/metrics/periods";
import type { PeriodInput, ReopenInput } from "@/lib/validations/report-catalogue";

type Db = Prisma.TransactionClient;

export const PERIOD_AUDIT = { saved: "REPORTING_PERIOD_SAVED", reopened: "REPORTING_PERIOD_REOPENED" } as const;

export type PeriodRow = { id: number; year: number; quarter: number; opensAt: Date; deadline: Date; locksAt: Date };

const periodSelect = { id: true, year: true, quarter: true, opensAt: true, deadline: true, locksAt: true } satisfies Prisma.ReportingPeriodSelect;

/** Every period, newest first. */
export async function listPeriods(db: Db = getDb()): Promise<PeriodRow[]> {
  return db.reportingPeriod.findMany({ select: periodSelect, orderBy: [{ year: "desc" }, { quarter: "desc" }] });
}

export async function findPeriod(year: number, quarter: number, db: Db = getDb()): Promise<PeriodRow | null> {
  return db.reportingPeriod.findUnique({ where: { year_quarter: { year, quarter } }, select: periodSelect });
}

/** The end of the latest reopening of this period for this agency that is still running at `now`. */
export async function reopenedUntil(periodId: number, agencyId: number, now: Date, db: Db = getDb()): Promise<{ until: Date; reason: string } | null> {
  return db.reportingReopening.findFirst({
    where: { periodId, agencyId, until: { gt: now } },
    select: { until: true, reason: true },
    orderBy: { until: "desc" },
  });
}

/** The period's days: opens at the start of its opening day, deadline and lock at the end of theirs. */
export async function savePeriod(tx: Db, input: PeriodInput): Promise<PeriodRow> {
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

export async function reopenPeriod(tx: Db, actorId: number, input: ReopenInput, now: Date): Promise<Reopening> {
  const period = await tx.reportingPeriod.findUnique({ where: { id: input.periodId }, select: { id: true } });
  if (!period) throw new ActionError(t("periods.error.period"), { periodId: [t("periods.error.period")] });
  const agency = await tx.agency.findUnique({ where: { id: input.agencyId }, select: { id: true } });
  if (!agency) throw new ActionError(t("periods.error.agency"), { agencyId: [t("periods.error.agency")] });
  const until = endOfLocalDay(input.until);
  if (until <= now) throw new ActionError(t("periods.error.untilPast"), { until: [t("periods.error.untilPast")] });
  return tx.reportingReopening.create({
    data: { periodId: input.periodId, agencyId: input.agencyId, until, reason: input.reason, createdById: actorId },
    select: { id: true, periodId: true, agencyId: true, until: true, reason: true },
  });
}

export type ReopeningRow = Reopening & { agencyName: string; year: number; quarter: number; createdBy: string };

export async function listReopenings(db: Db = getDb()): Promise<ReopeningRow[]> {
  const rows = await db.reportingReopening.findMany({
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
