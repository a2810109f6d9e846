// The compliance lists' parameters (parsed by complianceParams), resolved the same way by the
// page and the CSV export: the agency they name must be the viewer's to read.
import "server-only";
import type { z } from "zod";
import type { Viewer } from "@/lib/auth/permissions";
import type { ComplianceFilter } from "@/lib/data/dossier-compliance";
import { findDrillAgency } from "@/lib/data/dossier-drill";
import type { complianceParams } from "@/lib/validations/dossier-params";

export type ComplianceParams = z.output<ReturnType<typeof complianceParams>>;

/** The filter and the agency it names (if any), or null when the agency is not the viewer's to read. */
export async function complianceQuery(viewer: Viewer, params: ComplianceParams) {
  const agency = params.agency === undefined ? null : await findDrillAgency(viewer, params.agency);
  if (params.agency !== undefined && !agency) return null;
  const filter: ComplianceFilter = { list: params.list, period: params.period, agencyId: agency?.id };
  return { filter, agency };
}

export function complianceSearch(filter: ComplianceFilter, periodKey: string, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ list: filter.list, period: periodKey, ...extra });
  if (filter.agencyId) params.set("agency", String(filter.agencyId));
  return `?${params.toString()}`;
}
