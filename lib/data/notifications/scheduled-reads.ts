// The scoped reads behind the daily rule notifications (issue 22, DESIGN §6), each taking the
// viewer first: a unit's figures reach only those whose pages show them.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { can, readableAgencies, type Viewer } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db";
import { getAgencyDossierCounts, getDossierCountsBy } from "@/lib/data/dossier-stats";
import { dossierFigures } from "@/lib/metrics/dossiers";
import { ratingAlerts } from "@/lib/metrics/indices";
import { firstOfMonth, lastOfMonth, rangePeriod, type LocalDate, type Period } from "@/lib/metrics/periods";

export type UnitRate = { id: number; rate: number };

/** Each readable agency's late rate over `period` (null rates left out). */
export async function getAgencyLateRates(viewer: Viewer, period: Period, agencyIds?: number[]): Promise<UnitRate[]> {
  const counts = await getAgencyDossierCounts(viewer, period, { agencyIds });
  return [...counts].flatMap(([id, c]) => {
    const rate = dossierFigures(c).lateRate;
    return rate === null ? [] : [{ id, rate }];
  });
}

/**
 * Each handling official's late rate over `period`, widened to the end of its last month (the
 * officials' rollup is monthly, as on the officials' page); none for a viewer who may not read officials.
 */
export async function getOfficialLateRates(viewer: Viewer, period: Period): Promise<UnitRate[]> {
  if (!can(viewer, "official.read")) return [];
  const counts = await getDossierCountsBy(viewer, rangePeriod(firstOfMonth(period.from), lastOfMonth(period.to)), "official");
  return [...counts].flatMap(([id, c]) => {
    const rate = dossierFigures(c).lateRate;
    return rate === null || id === "" ? [] : [{ id: Number(id), rate }];
  });
}

/** Officials' names and agencies, for those the viewer may read. */
export async function getOfficialNames(viewer: Viewer, ids: number[]): Promise<Map<number, { name: string; agency: string }>> {
  const scope = readableAgencies(viewer);
  if (scope === "none" || !can(viewer, "official.read") || ids.length === 0) return new Map();
  const rows = await getDb().official.findMany({
    where: { id: { in: ids }, ...(scope === "all" ? {} : { agencyId: { in: [...scope.agencyIds] } }) },
    select: { id: true, fullName: true, agency: { select: { name: true } } },
  });
  return new Map(rows.map((row) => [row.id, { name: row.fullName, agency: row.agency.name }]));
}

/**
 * Per readable agency: dossiers received in `year` that went late (resolved after their due day, or
 * still open past it) with no apology letter, whose due day is `dueBy` or earlier — overdue for at
 * least the grace days without the letter DESIGN §6 asks for.
 */
export async function countMissingApologies(viewer: Viewer, year: number, dueBy: LocalDate): Promise<Map<number, number>> {
  const scope = readableAgencies(viewer);
  if (scope === "none") return new Map();
  const agencies = scope === "all" ? Prisma.sql`true` : Prisma.sql`d.agency_id = ANY(${[...scope.agencyIds]}::int[])`;
  const rows = await getDb().$queryRaw<{ agency_id: number; n: number }[]>`
    SELECT d.agency_id, count(*)::int AS n
    FROM dossier d
    WHERE d.received_at >= (${`${year}-01-01`}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
      AND d.received_at < (${`${year + 1}-01-01`}::date::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh')
      AND d.apology_issued_at IS NULL
      AND (d.resolved_at IS NULL OR cchc_local_day(d.resolved_at) > cchc_local_day(d.due_at))
      AND cchc_local_day(d.due_at) <= ${dueBy}::date
      AND ${agencies}
    GROUP BY d.agency_id`;
  return new Map(rows.map((row) => [row.agency_id, row.n]));
}

export type ReplacementCase = { agencyId: number; name: string; year: number; rule: "REPLACEMENT_AVERAGE" | "REPLACEMENT_WEAK" };

/** Agencies whose assessment run ending in the latest assessed year triggers the replacement review of their head. */
export async function getReplacementCases(viewer: Viewer): Promise<ReplacementCase[]> {
  const scope = readableAgencies(viewer);
  if (scope === "none") return [];
  const rows = await getDb().agencyAssessment.findMany({
    where: scope === "all" ? {} : { agencyId: { in: [...scope.agencyIds] } },
    select: { agencyId: true, year: true, rating: true, appraisedScore: true, agency: { select: { name: true } } },
  });
  const latest = rows.reduce((max, row) => Math.max(max, row.year), 0);
  const byAgency = new Map<number, typeof rows>();
  for (const row of rows) byAgency.set(row.agencyId, [...(byAgency.get(row.agencyId) ?? []), row]);
  return [...byAgency].flatMap(([agencyId, history]) => {
    const alerts = ratingAlerts(history.map((h) => ({ year: h.year, rating: h.rating, score: h.appraisedScore === null ? null : Number(h.appraisedScore) })));
    const alert = alerts.find((a) => a.year === latest && (a.rule === "REPLACEMENT_WEAK" || a.rule === "REPLACEMENT_AVERAGE"));
    return alert && alert.rule !== "HEAD_NOT_WELL" ? [{ agencyId, name: history[0]!.agency.name, year: latest, rule: alert.rule }] : [];
  });
}
