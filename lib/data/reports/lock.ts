// Locking a report row for a write, and the refusal of a lost-update conflict (issue 6).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/errors";

type Db = Prisma.TransactionClient;

export type LockedReport = { id: number; agencyId: number; periodId: number; status: ReportStatus; version: number; firstSubmittedAt: Date | null };

/**
 * Locks the report of this agency and period for the rest of the transaction (creating an empty
 * draft at version 0 when `create` and none exists yet), so that two writers queue one behind the
 * other. Scope: checked by saveReport (report.edit for this agency) before it locks.
 */
export async function unsafeLockReport(tx: Db, key: { agencyId: number; periodId: number }, create: boolean): Promise<LockedReport> {
  if (create) {
    await tx.$executeRaw`
      INSERT INTO report (agency_id, period_id, status, version, updated_at)
      VALUES (${key.agencyId}, ${key.periodId}, 'DRAFT', 0, now())
      ON CONFLICT (agency_id, period_id) DO NOTHING`;
  }
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM report WHERE agency_id = ${key.agencyId} AND period_id = ${key.periodId} FOR UPDATE`;
  const id = rows[0]?.id;
  if (id === undefined) throw new AppError("REPORT_NOT_FOUND");
  return lockedById(tx, id);
}

/** Scope: checked by the review moves (report.review), which then compare the report's agency with the one posted. */
export async function unsafeLockReportById(tx: Db, reportId: number): Promise<LockedReport> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM report WHERE id = ${reportId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("REPORT_NOT_FOUND");
  return lockedById(tx, reportId);
}

async function lockedById(tx: Db, id: number): Promise<LockedReport> {
  const report = await tx.report.findUnique({
    where: { id },
    select: { id: true, agencyId: true, periodId: true, status: true, version: true, firstSubmittedAt: true },
  });
  if (!report) throw new AppError("REPORT_NOT_FOUND");
  return report;
}

/**
 * "Someone changed the report after you opened it": who, which version, and the values that person
 * typed. Figures the system fills in (prefilled from tasks and dossiers, percentages computed from
 * other values) are recorded in the history on every save, but nobody changed them by hand, so they
 * are not listed (issue 18).
 * Scope: called on a report its caller has just locked for a checked viewer.
 */
export async function unsafeConflictError(tx: Db, reportId: number, readVersion: number): Promise<AppError> {
  const [last, changes] = await Promise.all([
    tx.reportEvent.findFirst({ where: { reportId }, orderBy: { id: "desc" }, select: { version: true, actor: { select: { fullName: true } } } }),
    tx.reportValueChange.findMany({
      where: { reportId, version: { gt: readVersion }, indicator: { prefill: null, numeratorId: null } },
      select: { indicator: { select: { nameVi: true } } },
      distinct: ["indicatorId"],
    }),
  ]);
  const names = changes.map((change) => change.indicator.nameVi);
  return new AppError("REPORT_CONFLICT", {
    who: last?.actor.fullName ?? "?",
    version: last?.version ?? 0,
    changes: names.length > 0 ? names.join("; ") : { message: "reports.error.conflictNoValues" },
  });
}
