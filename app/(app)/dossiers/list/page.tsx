// The dossiers behind a figure: those received in the period, narrowed by agency, procedure,
// official and state, fifty a page. Keyset pagination: the URL carries the last
// row's (received_at, id); "?page=N" without a cursor finds that page's cursor once and redirects
// to the URL with it. Newest first; without a period, every dossier up to the as-of day.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { Breadcrumb, type Crumb } from "@/components/dossiers/breadcrumb";
import { DossierTable } from "@/components/dossiers/dossier-table";
import { agencyCrumbs, drillContext, FIRST_YEAR, provinceCrumb } from "@/components/dossiers/drill-context";
import { can } from "@/lib/auth/permissions";
import { findDrillAgency, findProcedure } from "@/lib/data/dossier-drill";
import { cursorForPage, listDossiers, type DossierListFilter } from "@/lib/data/dossier-list";
import { t } from "@/lib/i18n";
import { formatNumber, formatPeriod } from "@/lib/i18n/format";
import { encodeCursor } from "@/lib/metrics/drill-down";
import { parsePeriodKey, rangePeriod } from "@/lib/metrics/periods";
import { drillSearch, parseCursorParam, parseId, parsePageParam, searchParam, type SearchParams } from "@/lib/validations/dossiers";

export const metadata: Metadata = { title: t("dossiers.list.title") };

type Props = { searchParams: Promise<SearchParams> };

const STATUSES = ["late", "noApology", "rescheduled"] as const;

export default async function DossierListPage({ searchParams }: Props) {
  const context = await drillContext(searchParams);
  const { viewer, asOf, params } = context;
  // any period, ranges included; without one, every dossier received up to the as-of day
  const periodParam = searchParam(params, "period");
  const query = { ...context.query, period: (periodParam ? parsePeriodKey(periodParam) : null) ?? rangePeriod(`${FIRST_YEAR}-01-01`, asOf) };
  const ids = {
    agency: searchParam(params, "agency"),
    procedure: searchParam(params, "procedure"),
    official: searchParam(params, "official"),
  };
  const agencyId = parseId(ids.agency);
  const procedureId = parseId(ids.procedure);
  const officialId = parseId(ids.official);
  // a parameter that is there must name something the viewer may read
  if ((ids.agency && agencyId === null) || (ids.procedure && procedureId === null) || (ids.official && officialId === null)) notFound();
  if (officialId !== null && !can(viewer, "official.read")) notFound();
  const [agency, procedure] = await Promise.all([
    agencyId === null ? null : findDrillAgency(viewer, agencyId, query),
    procedureId === null ? null : findProcedure(procedureId),
  ]);
  if ((agencyId !== null && !agency) || (procedureId !== null && !procedure)) notFound();
  const statusParam = searchParam(params, "status");
  const status = STATUSES.find((s) => s === statusParam);
  const filter: DossierListFilter = {
    period: query.period,
    // by today's units a current unit lists its predecessors' dossiers too
    ...(agency && agency.predecessors.length > 0 ? { agencyIds: [agency.id, ...agency.predecessors.map((p) => p.id)] } : { agencyId: agencyId ?? undefined }),
    procedureId: procedureId ?? undefined,
    officialId: officialId ?? undefined,
    channel: query.channel,
    level: query.level,
    status,
  };
  const fixed = { agency: agencyId ?? undefined, procedure: procedureId ?? undefined, official: officialId ?? undefined, status };
  const page = parsePageParam(params);
  const cursor = parseCursorParam(params);
  if (page > 1 && !cursor) {
    const found = await cursorForPage(viewer, filter, asOf, page);
    if (!found) notFound();
    redirect(`/dossiers/list${drillSearch(query, { ...fixed, cursor: encodeCursor(found), page }, null)}`);
  }
  const { rows, nextCursor } = await listDossiers(viewer, filter, asOf, page > 1 ? cursor : null);

  const crumbs: Crumb[] = agency ? agencyCrumbs(agency, query) : [provinceCrumb(query)];
  if (agency && procedure) {
    crumbs.push({ label: procedure.field.name, href: `/dossiers/agencies/${agency.id}/fields/${procedure.field.id}${drillSearch(query, {}, null)}` });
    crumbs.push({ label: procedure.name, href: `/dossiers/agencies/${agency.id}/procedures/${procedure.id}${drillSearch(query, {}, null)}` });
  }
  crumbs.push({ label: t("dossiers.list.crumb", { period: formatPeriod(query.period) }) });

  return (
    <div className="space-y-6">
      <Breadcrumb items={crumbs} />
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("dossiers.list.heading")}</h1>
        <p className="text-foreground">
          {t(status ? `dossiers.list.intro.${status}` : "dossiers.list.intro.all", { period: formatPeriod(query.period) })}
        </p>
      </div>
      <p className="flex gap-4 text-sm">
        <Link href={`/dossiers/list${drillSearch(query, { ...fixed, status: undefined }, null)}`} className="text-brand-700 underline" aria-current={status ? undefined : "true"}>
          {t("dossiers.list.allLink")}
        </Link>
        <Link href={`/dossiers/list${drillSearch(query, { ...fixed, status: "late" }, null)}`} className="text-brand-700 underline" aria-current={status === "late" ? "true" : undefined}>
          {t("dossiers.list.lateLink")}
        </Link>
      </p>
      <DossierTable
        rows={rows}
        showOfficials={can(viewer, "official.read")}
        caption={t("dossiers.list.caption", { page: formatNumber(page) })}
        testId="dossier-list"
      />
      <nav aria-label={t("dossiers.list.pagination")} className="flex items-center justify-between gap-4">
        {page > 1 ? (
          <Link href={`/dossiers/list${drillSearch(query, fixed, null)}`} className="font-semibold text-brand-700 underline">
            {t("dossiers.list.first")}
          </Link>
        ) : (
          <span />
        )}
        <span className="text-sm text-muted">{t("dossiers.list.page", { page: formatNumber(page) })}</span>
        {nextCursor ? (
          <Link
            href={`/dossiers/list${drillSearch(query, { ...fixed, cursor: encodeCursor(nextCursor), page: page + 1 }, null)}`}
            rel="next"
            className="font-semibold text-brand-700 underline"
          >
            {t("dossiers.list.next")}
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
