// Locking a report row for a write, and the message of a lost-update conflict (issue 6).
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { ActionError } from "@/lib/auth/action-result";
import { t } from "@/lib/i18n";

type Db = Prisma.TransactionClient;

export type LockedReport = { id: number; agencyId: number; periodId: number; status: ReportStatus; version: number; firstSubmittedAt: Date | null };

/**
 * Locks the report of this agency and period for the rest of the transaction (creating an empty
 * draft at version 0 when `create` and none exists yet), so that two writers queue one behind the other.
 */
export async function lockReport(tx: Db, key: { agencyId: number; periodId: number }, create: boolean): Promise<LockedReport> {
  if (create) {
    await tx.$executeRaw`
      INSERT INTO report (agency_id, period_id, status, version, updated_at)
      VALUES (${key.agencyId}, ${key.periodId}, 'DRAFT', 0, now())
      ON CONFLICT (agency_id, period_id) DO NOTHING`;
  }
  const rows = await tx.$queryRaw<{ id: number }[]>`
    SELECT id FROM report WHERE agency_id = ${key.agencyId} AND period_id = ${key.periodId} FOR UPDATE`;
  const id = rows[0]?.id;
  if (id === undefined) throw new ActionError(t("reports.error.notFound"));
  return lockedById(tx, id);
}

export async function lockReportById(tx: Db, reportId: number): Promise<LockedReport> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM report WHERE id = ${reportId} FOR UPDATE`;
  if (rows.length === 0) throw new ActionError(t("reports.error.notFound"));
  return lockedById(tx, reportId);
}

async function lockedById(tx: Db, id: number): Promise<LockedReport> {
  const report = await tx.report.findUnique({
    where: { id },
    select: { id: true, agencyId: true, periodId: true, status: true, version: true, firstSubmittedAt: true },
  });
  if (!report) throw new ActionError(t("reports.error.notFound"));
  return report;
}

/**
 * "Someone changed the report after you opened it": who, which version, and the values that person
 * typed. Figures the system fills in (prefilled from tasks and dossiers, percentages computed from
 * other values) are recorded in the history on every save, but nobody changed them by hand, so they
 * are not listed (issue 18).
 */
export async function conflictError(tx: Db, reportId: number, readVersion: number): Promise<ActionError> {
  const [last, changes] = await Promise.all([
    tx.reportEvent.findFirst({ where: { reportId }, orderBy: { id: "desc" }, select: { version: true, actor: { select: { fullName: true } } } }),
    tx.reportValueChange.findMany({
      where: { reportId, version: { gt: readVersion }, indicator: { prefill: null, numeratorId: null } },
      select: { indicator: { select: { nameVi: true } } },
      distinct: ["indicatorId"],
    }),
  ]);
  const names = changes.map((change) => change.indicator.nameVi);
  return new ActionError(
    t("reports.error.conflict", {
      who: last?.actor.fullName ?? "?",
      version: last?.version ?? 0,
      changes: names.length > 0 ? names.join("; ") : t("reports.error.conflictNoValues"),
    }),
  );
}
