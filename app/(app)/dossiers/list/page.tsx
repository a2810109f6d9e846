// The dossiers behind a figure: those received in the period, narrowed by agency, procedure,
// official and state, fifty a page. Keyset pagination: the URL carries the last
// row's (received_at, id); "?page=N" without a cursor finds that page's cursor once and redirects
// to the URL with it. Newest first; without a period, every dossier up to the as-of day.
// No loading.tsx here: what the URL names is checked first (another agency is a real 404), then
// the rows stream in their own <Suspense>.
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Suspense } from "react";
import { Breadcrumb, type Crumb } from "@/components/dossiers/breadcrumb";
import { agencyCrumbs, drillContext, provinceCrumb } from "@/components/dossiers/drill-context";
import { DossierListPage } from "@/components/dossiers/dossier-list-page";
import { ExportLink } from "@/components/ui/export-link";
import { LinkTabs } from "@/components/ui/link-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { LoadingStatus, TableSkeleton } from "@/components/ui/skeleton";
import { can } from "@/lib/auth/permissions";
import { dossierListFilter } from "@/components/dossiers/list-filter";
import { findDrillAgency } from "@/lib/data/dossier-drill";
import { cursorForPage } from "@/lib/data/dossier-list";
import { findProcedure } from "@/lib/data/province/procedures";
import { getIntl } from "@/lib/i18n/server";
import { encodeCursor } from "@/lib/metrics/drill-down";
import { dossierListParams, drillSearch } from "@/lib/validations/dossier-params";
import type { SearchParams } from "@/lib/validations/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("dossiers.list.title") };
}

export default async function DossierListPageRoute({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { viewer, asOf, params, t, f } = await drillContext(searchParams, dossierListParams);
  const { query, status, page, cursor } = params;
  // a parameter that is there must name something the viewer may read
  if (params.official !== undefined && !can(viewer, "official.read")) notFound();
  const [agency, procedure] = await Promise.all([
    params.agency === undefined ? null : findDrillAgency(viewer, params.agency, query),
    params.procedure === undefined ? null : findProcedure(params.procedure),
  ]);
  if ((params.agency !== undefined && !agency) || (params.procedure !== undefined && !procedure)) notFound();
  const filter = dossierListFilter(params, agency);
  const fixed = { agency: params.agency, procedure: params.procedure, official: params.official, status };
  const href = (at?: { cursor: string; page: number }) => `/dossiers/list${drillSearch(query, { ...fixed, ...at }, null)}`;
  if (page > 1 && !cursor) {
    const found = await cursorForPage(viewer, filter, asOf, page);
    if (!found) notFound();
    redirect(href({ cursor: encodeCursor(found), page }));
  }

  const crumbs: Crumb[] = agency ? agencyCrumbs(agency, query, t) : [provinceCrumb(query, t)];
  if (agency && procedure) {
    crumbs.push({ label: procedure.field.name, href: `/dossiers/agencies/${agency.id}/fields/${procedure.field.id}${drillSearch(query, {}, null)}` });
    crumbs.push({ label: procedure.name, href: `/dossiers/agencies/${agency.id}/procedures/${procedure.id}${drillSearch(query, {}, null)}` });
  }
  crumbs.push({ label: t("dossiers.list.crumb", { period: f.period(query.period) }) });
  const statusLink = (to: "late" | "overdue" | undefined) => `/dossiers/list${drillSearch(query, { ...fixed, status: to }, null)}`;

  return (
    <div className="space-y-6">
      <Breadcrumb items={crumbs} />
      <PageHeader title={t("dossiers.list.heading")} intro={t(status ? `dossiers.list.intro.${status}` : "dossiers.list.intro.all", { period: f.period(query.period), date: f.localDate(asOf) })}
        actions={<ExportLink href={`/dossiers/list/export${drillSearch(query, fixed, null)}`} what={t("dossiers.list.heading")} />} />
      <LinkTabs
        label={t("dossiers.list.heading")}
        links={[
          { href: statusLink(undefined), label: t("dossiers.list.allLink"), current: !status },
          { href: statusLink("late"), label: t("dossiers.list.lateLink"), current: status === "late" },
          { href: statusLink("overdue"), label: t("dossiers.list.overdueLink"), current: status === "overdue" },
        ]}
      />
      <Suspense key={`${page}-${cursor ? encodeCursor(cursor) : ""}`} fallback={<><LoadingStatus /><TableSkeleton rows={12} columns={9} /></>}>
        <DossierListPage viewer={viewer} filter={filter} asOf={asOf} page={page} cursor={page > 1 ? (cursor ?? null) : null} href={href}
          detailSearch={drillSearch(query, { ...fixed, ...(page > 1 && cursor ? { cursor: encodeCursor(cursor), page } : {}) }, null)} />
      </Suspense>
    </div>
  );
}
