// What every drill-down page reads first: the viewer, the dashboards' day, the query from the URL
// and the periods on offer; and the breadcrumb's first steps.
import "server-only";
import { requireViewer } from "@/lib/auth/session";
import { getDataAsOf } from "@/lib/data/province/settings";
import type { AgencyHeading } from "@/lib/data/dossier-drill";
import { t } from "@/lib/i18n";
import { drillPeriodOptions, type Sort } from "@/lib/metrics/drill-down";
import { drillSearch, parseDrillQuery, type DrillQuery, type SearchParams } from "@/lib/validations/dossiers";
import type { Crumb } from "./breadcrumb";

/** The first year of the one-stop system's data. */
export const FIRST_YEAR = 2021;
export const DEFAULT_SORT: Sort = { key: "lateRate", dir: "desc" };

export async function drillContext(searchParams: Promise<SearchParams>, defaultSort: Sort = DEFAULT_SORT) {
  const [viewer, asOf, params] = await Promise.all([requireViewer(), getDataAsOf(), searchParams]);
  const query = parseDrillQuery(params, asOf, defaultSort);
  return { viewer, asOf, params, query, periods: drillPeriodOptions(FIRST_YEAR, asOf) };
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
