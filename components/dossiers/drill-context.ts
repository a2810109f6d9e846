// What every drill-down page reads first: the viewer, the data's span, the query from the URL
// (parsed by the page's schema: a bad parameter never reaches a read) and the periods on offer;
// and the breadcrumb's first steps.
import "server-only";
import type { z } from "zod";
import { requireViewer } from "@/lib/auth/session";
import type { AgencyHeading } from "@/lib/data/dossier-drill";
import { getDataSpan } from "@/lib/data/province/settings";
import { t } from "@/lib/i18n";
import { drillPeriodOptions } from "@/lib/metrics/drill-down";
import { drillSearch, type DrillQuery } from "@/lib/validations/dossier-params";
import { parseSearchParams, type DataSpan, type SearchParams } from "@/lib/validations/search-params";
import type { Crumb } from "./breadcrumb";

export async function drillContext<S extends z.ZodType>(searchParams: Promise<SearchParams>, schema: (span: DataSpan) => S) {
  const [viewer, span, params] = await Promise.all([requireViewer(), getDataSpan(), searchParams]);
  return { viewer, span, asOf: span.asOf, params: parseSearchParams(schema(span), params), periods: drillPeriodOptions(span.firstYear, span.asOf) };
}

export function provinceCrumb(query: DrillQuery): Crumb {
  return { label: t("dossiers.province"), href: `/dossiers${drillSearch(query, {}, null)}` };
}

/** Province › (district ›) agency. */
export function agencyCrumbs(agency: AgencyHeading, query: DrillQuery): Crumb[] {
  const crumbs = [provinceCrumb(query)];
  if (agency.kind === "COMMUNE" && agency.parent) {
    crumbs.push({ label: agency.parent.name, href: `/dossiers/agencies/${agency.parent.id}${drillSearch(query, {}, null)}` });
  }
  crumbs.push({ label: agency.name, href: `/dossiers/agencies/${agency.id}${drillSearch(query, {}, null)}` });
  return crumbs;
}
