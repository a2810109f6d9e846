// The audit view of one report (issue 6): every workflow step and every value change, who, when,
// from what to what, and why — newest first.
import "server-only";
import type { IndicatorUnit, ReportEventKind } from "@/lib/generated/prisma/enums";
import { getDb } from "@/lib/db";
import { readableAgencies, scopeIncludes, type Viewer } from "@/lib/auth/permissions";

// `indicator` is the indicator's Vietnamese name, `indicatorEn` its English one (for English readers)
export type HistoryItem =
  | { type: "event"; id: string; at: Date; actor: string; kind: ReportEventKind; version: number; reason: string | null; comments: { indicator: string | null; indicatorEn: string | null; body: string }[] }
  | { type: "value"; id: string; at: Date; actor: string; indicator: string; indicatorEn: string; code: string; unit: IndicatorUnit; from: string | null; to: string | null; comment: string | null; version: number };

/** The history of the report of `agencyId` in the period, or null when the viewer may not read it. */
export async function getReportHistory(viewer: Viewer, agencyId: number, periodId: number): Promise<HistoryItem[] | null> {
  const scope = readableAgencies(viewer);
  if (!scopeIncludes(scope, agencyId)) return null;
  const db = getDb();
  const report = await db.report.findUnique({ where: { agencyId_periodId: { agencyId, periodId } }, select: { id: true } });
  if (!report) return [];
  const [events, changes] = await Promise.all([
    db.reportEvent.findMany({
      where: { reportId: report.id },
      select: {
        id: true, at: true, kind: true, version: true, reason: true,
        actor: { select: { fullName: true } },
        comments: { select: { body: true, indicator: { select: { nameVi: true, nameEn: true } } }, orderBy: { id: "asc" } },
      },
    }),
    db.reportValueChange.findMany({
      where: { reportId: report.id },
      select: {
        id: true, at: true, oldValue: true, newValue: true, comment: true, version: true,
        actor: { select: { fullName: true } },
        indicator: { select: { nameVi: true, nameEn: true, code: true, unit: true } },
      },
    }),
  ]);
  const items: HistoryItem[] = [
    ...events.map((e): HistoryItem => ({
      type: "event", id: `e${e.id}`, at: e.at, actor: e.actor.fullName, kind: e.kind, version: e.version, reason: e.reason,
      comments: e.comments.map((c) => ({ indicator: c.indicator?.nameVi ?? null, indicatorEn: c.indicator?.nameEn ?? null, body: c.body })),
    })),
    ...changes.map((c): HistoryItem => ({
      type: "value", id: `v${c.id}`, at: c.at, actor: c.actor.fullName, indicator: c.indicator.nameVi, indicatorEn: c.indicator.nameEn, code: c.indicator.code, unit: c.indicator.unit,
      from: c.oldValue, to: c.newValue, comment: c.comment, version: c.version,
    })),
  ];
  // newest version first; within a version the step after its value changes
  return items.sort((a, b) => b.version - a.version || (a.type === b.type ? 0 : a.type === "event" ? -1 : 1) || a.id.localeCompare(b.id));
}
