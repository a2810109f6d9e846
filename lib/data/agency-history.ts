// An agency's place in the organisation's history for its page: the acts that ended it and the
// units that carry it today, the units it succeeded, and its dossier figures year by year — by
// today's units (with its predecessors' part) beside its own rows.
import "server-only";
import { readableAgencies, scopeIncludes, type Viewer } from "@/lib/auth/permissions";
import { getDossierCountsBy } from "@/lib/data/dossier-stats";
import { UnitLens } from "@/lib/data/province/unit-lens";
import { unsafeLoadOrganisation } from "@/lib/data/organisation";
import { dossierFigures, EMPTY_DOSSIER_COUNTS, type DossierCounts, type DossierFigures } from "@/lib/metrics/dossiers";
import { yearPeriod, type LocalDate } from "@/lib/metrics/periods";
import { unitLabel } from "@/lib/org/labels";
import type { LineKind } from "@/lib/org/types";

const KEYS = Object.keys(EMPTY_DOSSIER_COUNTS) as (keyof DossierCounts)[];

export type HistoryStep = { from: string; kind: LineKind; effectiveOn: LocalDate; to: { id: number; name: string; share: number }[] };

export type AgencyHistory = {
  /** the acts from this unit to today's units, in order */
  chain: HistoryStep[];
  /** units whose history this one carries today */
  predecessors: { id: number; name: string }[];
  /** one row per year with data: the unit's own figures and, for a current unit, today's (with predecessors) */
  years: { year: number; own: DossierFigures; today: DossierFigures | null }[];
};

/** Null when the viewer may not read the agency. */
export async function getAgencyHistory(viewer: Viewer, agencyId: number, firstYear: number): Promise<AgencyHistory | null> {
  if (!scopeIncludes(readableAgencies(viewer), agencyId)) return null;
  const organisation = await unsafeLoadOrganisation();
  const lens = new UnitLens(organisation, "today");
  const unit = organisation.byId.get(agencyId);
  if (!unit) return null;
  const name = (id: number) => {
    const found = organisation.byId.get(id);
    return found ? unitLabel(found) : String(id);
  };
  const chain = organisation.succession.chainOf(agencyId, organisation.asOf).map((step) => ({
    from: name(step.from),
    kind: step.kind,
    effectiveOn: step.effectiveOn,
    to: step.to.map((part) => ({ id: part.agencyId, name: name(part.agencyId), share: part.share })),
  }));
  const carries = lens.carriesHistory(agencyId);
  const predecessors = carries ? organisation.succession.predecessorsOf(agencyId, organisation.asOf).map((id) => ({ id, name: name(id) })) : [];
  const lastYear = Number(organisation.asOf.slice(0, 4));
  // the current year reads to the data's day (a period past it counts what is overdue on that day)
  const periods = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => yearPeriod(firstYear + i));
  const years = await Promise.all(
    periods.map(async (period) => {
      const rows = await getDossierCountsBy(viewer, period, "province", { agencyIds: lens.sourcesOf(agencyId) }, { perAgency: true });
      const own = rows.get(`${agencyId}:`) ?? { ...EMPTY_DOSSIER_COUNTS };
      const today = carries ? lens.unitGroups(rows, agencyId, KEYS).get("") ?? { ...EMPTY_DOSSIER_COUNTS } : null;
      return { year: Number(period.from.slice(0, 4)), own: dossierFigures(own), today: today ? dossierFigures(today) : null };
    }),
  );
  return { chain, predecessors, years: years.filter((y) => y.own.toProcess > 0 || (y.today?.toProcess ?? 0) > 0) };
}
