// The review board (issue 6): agencies × quarters with each report's status, timeliness and the
// values changed since its last approval. Scoped by the viewer: agency staff see their own row.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AgencyKind, ReportStatus } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { timeliness, type Timeliness } from "@/lib/rules/report-workflow";
import type { PeriodRow } from "@/lib/data/province/periods";

export type BoardCell = { status: ReportStatus; timeliness: Timeliness; changedSinceApproval: number };

export type BoardRow = { agencyId: number; agencyName: string; kind: AgencyKind; cells: BoardCell[] };

export type Board = { periods: PeriodRow[]; rows: BoardRow[] };

const KIND_ORDER: Record<AgencyKind, number> = { DEPARTMENT: 0, DISTRICT: 1, COMMUNE: 2, OTHER: 3 };

/** One row per agency the viewer may read that exists during the periods, one cell per period. */
export async function getReportBoard(viewer: Viewer, periods: PeriodRow[], now: Date): Promise<Board> {
  const scope = readableAgencies(viewer);
  if (scope === "none" || periods.length === 0) return { periods, rows: [] };
  const db = getDb();
  const earliest = periods.reduce((min, p) => (p.opensAt < min ? p.opensAt : min), periods[0]!.opensAt);
  const where: Prisma.AgencyWhereInput = {
    ...(scope === "all" ? {} : { id: { in: [...scope.agencyIds] } }),
    OR: [{ validTo: null }, { validTo: { gte: earliest } }],
  };
  const agencies = await db.agency.findMany({ where, select: { id: true, name: true, kind: true } });
  agencies.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.name.localeCompare(b.name, "vi"));
  const periodIds = periods.map((p) => p.id);
  const agencyIds = agencies.map((a) => a.id);
  const reports = await db.report.findMany({
    where: { periodId: { in: periodIds }, agencyId: { in: agencyIds } },
    select: { id: true, agencyId: true, periodId: true, status: true, firstSubmittedAt: true },
  });
  const changed = await db.$queryRaw<{ report_id: number; n: number }[]>`
    SELECT r.id AS report_id, count(DISTINCT c.indicator_id)::int AS n
      FROM report r JOIN report_value_change c ON c.report_id = r.id AND c.at > r.last_approved_at
     WHERE r.period_id = ANY(${periodIds}::int[]) AND r.agency_id = ANY(${agencyIds}::int[])
     GROUP BY r.id`;
  const changedById = new Map(changed.map((row) => [row.report_id, row.n]));
  const byKey = new Map(reports.map((r) => [`${r.agencyId}:${r.periodId}`, r]));
  const rows = agencies.map((agency) => ({
    agencyId: agency.id,
    agencyName: agency.name,
    kind: agency.kind,
    cells: periods.map((period): BoardCell => {
      const report = byKey.get(`${agency.id}:${period.id}`);
      return {
        status: report?.status ?? "NOT_STARTED",
        timeliness: timeliness(period.deadline, report?.firstSubmittedAt ?? null, now),
        changedSinceApproval: report ? (changedById.get(report.id) ?? 0) : 0,
      };
    }),
  }));
  return { periods, rows };
}
