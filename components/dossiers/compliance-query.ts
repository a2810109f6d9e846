// The compliance lists' search parameters, read the same way by the page and the CSV export.
import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { COMPLIANCE_LISTS, type ComplianceFilter } from "@/lib/data/dossier-compliance";
import { findDrillAgency } from "@/lib/data/dossier-drill";
import type { LocalDate } from "@/lib/metrics/periods";
import { parseId, parsePeriodParam, searchParam, type SearchParams } from "@/lib/validations/dossiers";

/** The filter, the agency it names (if any), or null when the agency is not the viewer's to read. */
export async function complianceQuery(viewer: Viewer, params: SearchParams, asOf: LocalDate) {
  const listParam = searchParam(params, "list");
  const list = COMPLIANCE_LISTS.find((name) => name === listParam) ?? "noApology";
  const agencyParam = searchParam(params, "agency");
  const agencyId = parseId(agencyParam);
  if (agencyParam && agencyId === null) return null;
  const agency = agencyId === null ? null : await findDrillAgency(viewer, agencyId);
  if (agencyId !== null && !agency) return null;
  const filter: ComplianceFilter = { list, period: parsePeriodParam(searchParam(params, "period"), asOf), agencyId: agency?.id };
  return { filter, agency };
}

export function complianceSearch(filter: ComplianceFilter, periodKey: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ list: filter.list, period: periodKey, ...extra });
  if (filter.agencyId) params.set("agency", String(filter.agencyId));
  return `?${params.toString()}`;
}
