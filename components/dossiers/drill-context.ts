// What every drill-down page reads first: the viewer, the data's span, the query from the URL
// (parsed by the page's schema: a bad parameter never reaches a read), the periods on offer and the
// viewer's language (`t`, `f`); and the breadcrumb's first steps.
import "server-only";
import type { z } from "zod";
import { requireViewer } from "@/lib/auth/session";
import type { AgencyHeading } from "@/lib/data/dossier-drill";
import { getDataSpan } from "@/lib/data/province/settings";
import { getIntl } from "@/lib/i18n/server";
import type { Translator } from "@/lib/i18n/translator";
import { drillPeriodOptions } from "@/lib/metrics/drill-down";
import { drillSearch, type DrillQuery } from "@/lib/validations/dossier-params";
import { parseSearchParams, type DataSpan, type SearchParams } from "@/lib/validations/search-params";
import type { Crumb } from "./breadcrumb";

export async function drillContext<S extends z.ZodType>(searchParams: Promise<SearchParams>, schema: (span: DataSpan) => S) {
  const [viewer, span, params, { t, f }] = await Promise.all([requireViewer(), getDataSpan(), searchParams, getIntl()]);
  return { viewer, span, asOf: span.asOf, params: parseSearchParams(schema(span), params), periods: drillPeriodOptions(span.firstYear, span.asOf), t, f };
}

export function provinceCrumb(query: DrillQuery, t: Translator): Crumb {
  return { label: t("dossiers.province"), href: `/dossiers${drillSearch(query, {}, null)}` };
}

/** Province › (district ›) agency. */
export function agencyCrumbs(agency: AgencyHeading, query: DrillQuery, t: Translator): Crumb[] {
  const crumbs = [provinceCrumb(query, t)];
  if (agency.kind === "COMMUNE" && agency.parent) {
    crumbs.push({ label: agency.parent.name, href: `/dossiers/agencies/${agency.parent.id}${drillSearch(query, {}, null)}` });
  }
  crumbs.push({ label: agency.name, href: `/dossiers/agencies/${agency.id}${drillSearch(query, {}, null)}` });
  return crumbs;
}
