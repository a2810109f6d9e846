// Compliance lists (issue 5, DESIGN §6): late or overdue dossiers without an apology letter,
// dossiers rescheduled more than once, agencies at or above 10 % late in a year. The two dossier
// lists page by keyset over partial indexes; the agencies' list reads the rollups.
import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { getDossierCountsBy } from "@/lib/data/dossier-stats";
import { getAgencyNames } from "@/lib/data/province/agencies";
import { listAllDossiers, listDossiers, streamDossiers, type DossierListRow } from "@/lib/data/dossier-list";
import { drillRow, sortRows, type Cursor, type DrillRow } from "@/lib/metrics/drill-down";
import { yearPeriod, type LocalDate, type Period } from "@/lib/metrics/periods";

import { COMPLIANCE_LISTS, type ComplianceList } from "@/lib/validations/dossier-params";

// the lists are named by the URL's schema (lib/validations/dossier-params), which the proxy reads too
export { COMPLIANCE_LISTS, type ComplianceList };

export type ComplianceFilter = { list: ComplianceList; period: Period; agencyId?: number };

/** The year the agencies' rule is judged on: the period's year (DESIGN §6: "in a year"). */
export function ruleYear(period: Period): Period {
  return yearPeriod(Number(period.from.slice(0, 4)));
}

/** Agencies at or above 10 % late in the period's year, worst first. */
export async function listLateAgencies(viewer: Viewer, filter: ComplianceFilter): Promise<DrillRow[]> {
  const [counts, names] = await Promise.all([
    getDossierCountsBy(viewer, ruleYear(filter.period), "agency", { agencyIds: filter.agencyId ? [filter.agencyId] : undefined }),
    getAgencyNames(),
  ]);
  const rows = [...counts].map(([key, value]) => drillRow(key, names.get(Number(key)) ?? key, value, "agency"));
  return sortRows(
    rows.filter((row) => row.breaksRule),
    { key: "lateRate", dir: "desc" },
  );
}

function dossierFilter(filter: ComplianceFilter) {
  return { period: filter.period, agencyId: filter.agencyId, status: filter.list === "rescheduled" ? ("rescheduled" as const) : ("noApology" as const) };
}

/** A page of a dossier list (noApology or rescheduled). */
export async function listComplianceDossiers(viewer: Viewer, filter: ComplianceFilter, asOf: LocalDate, cursor: Cursor | null) {
  return listDossiers(viewer, dossierFilter(filter), asOf, cursor);
}

/** Every row of a dossier list as a stream of keyset batches, for the Excel export. */
export function streamComplianceDossiers(viewer: Viewer, filter: ComplianceFilter, asOf: LocalDate): AsyncGenerator<DossierListRow> {
  return streamDossiers(viewer, dossierFilter(filter), asOf);
}

/** Every row of a dossier list, for the CSV export. */
export async function listAllComplianceDossiers(viewer: Viewer, filter: ComplianceFilter, asOf: LocalDate): Promise<DossierListRow[]> {
  return listAllDossiers(viewer, dossierFilter(filter), asOf);
}
