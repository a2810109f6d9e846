// The Decision 766 service index board (issue 21): the province's score, the forecast while a week
// runs, and every unit ranked within its group with its movement since the period before.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { ForecastBox } from "@/components/service-index/forecast-box";
import { onTimeOf, serviceIndexHref, serviceIndexText } from "@/components/service-index/format";
import { PeriodNav } from "@/components/service-index/period-nav";
import { PublishedBox } from "@/components/service-index/published-box";
import { PublishedForm } from "@/components/service-index/published-form";
import { RankingRows } from "@/components/service-index/ranking-rows";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Section } from "@/components/ui/section";
import { StatCard } from "@/components/ui/stat-card";
import { requirePermission } from "@/lib/auth/page-access";
import { can } from "@/lib/auth/permissions";
import { getDataSpan } from "@/lib/data/province/settings";
import { getServiceIndexBoard } from "@/lib/data/service-index";
import { getIntl, IntlClient, SHELL_NAMESPACES } from "@/lib/i18n/server";
import { isOngoing } from "@/lib/service-index/periods";
import { serviceIndexParams } from "@/lib/validations/service-index";
import { parseSearchParams, type SearchParams } from "@/lib/validations/search-params";
import { packAffixes } from "@/lib/ui/compact-rows";
import { savePublished } from "../actions";
import { localName } from "@/lib/i18n/locale";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("nav.serviceIndex") };
}

/** The published result's form is a client component; its fields are the entry form's. */
const PUBLISHED_FORM_NAMESPACES = [...SHELL_NAMESPACES, "serviceIndexPublished", "serviceIndexEntry"] as const;

export default async function ServiceIndexPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, span, params, { t, f }] = await Promise.all([requirePermission("scorecard.read"), getDataSpan(), searchParams, getIntl()]);
  const s = serviceIndexText({ t, f });
  const { period, view } = parseSearchParams(serviceIndexParams(span), params);
  const board = await getServiceIndexBoard(viewer, period, view);
  if (!board) notFound();
  const href = (key: string) => serviceIndexHref("/service-index", key, view);
  const { province } = board;
  const headers = {
    position: t("serviceIndex.position"), unit: t("serviceIndex.unit"), score: t("serviceIndex.score"), band: t("serviceIndex.bandLabel"),
    change: t("serviceIndex.change"), previousPosition: t("serviceIndex.previousPosition"), onTime: t("serviceIndex.onTime"),
  };

  return (
    <div className="space-y-8">
      <PageHeader title={t("serviceIndex.title")} intro={t("serviceIndex.intro")} titleTestId="service-index-title">
        <p className="font-semibold text-brand-800" data-testid="service-index-period">
          {t("serviceIndex.periodLine", { period: s.period(period), asOf: f.localDate(board.asOf) })}
        </p>
        {isOngoing(period, board.asOf) ? <p className="text-sm text-muted">{t("serviceIndex.ongoing", { asOf: f.localDate(board.asOf) })}</p> : null}
      </PageHeader>
      <PeriodNav period={period} asOf={board.asOf} href={href} />

      <Section id="province" title={t("serviceIndex.province")} note={t("serviceIndex.bandsNote")} testId="service-index-province">
        <dl className="grid gap-3 sm:grid-cols-3">
          <StatCard label={t("serviceIndex.score")} value={s.score(province.index.score)} testId="service-index-province-score" />
          <StatCard label={t("serviceIndex.bandLabel")} value={s.band(province.index.band)} />
          <StatCard label={t("serviceIndex.onTime")} value={s.fraction(onTimeOf(province.index))} />
        </dl>
        <p className="text-sm">
          {t("serviceIndex.earned", { earned: s.points(province.index.earned), assessable: String(province.index.assessable) })} ·{" "}
          {t("serviceIndex.previousScore")}: {s.score(province.previousScore)} ({s.change(province.index.score, province.previousScore)})
        </p>
      </Section>

      <PublishedBox computed={province.index.score} current={board.published.current} previous={board.published.previous} all={board.published.all}>
        {can(viewer, "indexScore.manage") ? (
          <details className="rounded-md border border-border p-4">
            <summary className="cursor-pointer font-semibold text-brand-900">{t("serviceIndexPublished.form")}</summary>
            <div className="mt-3">
              <IntlClient namespaces={PUBLISHED_FORM_NAMESPACES}>
                <PublishedForm action={savePublished} periodKey={period.key} />
              </IntlClient>
            </div>
          </details>
        ) : null}
      </PublishedBox>

      {board.forecast ? <ForecastBox forecast={board.forecast} asOf={board.asOf} /> : null}

      <Section id="ranking" title={t("serviceIndex.ranking")} note={t("serviceIndex.rankingNote")}>
        <UnitsViewSwitch view={view} href={(option) => `${serviceIndexHref("/service-index", period.key, option)}#ranking`} />
        {board.groups.length === 0 ? <EmptyState>{t("serviceIndex.none")}</EmptyState> : null}
        {board.groups.map((g) => (
          <RankingRows
            key={g.group?.code ?? "none"}
            caption={g.group ? localName(f.locale, g.group) : t("serviceIndex.noGroup")}
            headers={headers}
            rows={g.rows.map((row) => [
              String(row.agencyId), row.position === null ? "—" : String(row.position), row.agencyName, s.score(row.index.score),
              row.index.score === null ? "" : String(row.index.score), s.band(row.index.band), s.change(row.index.score, row.previousScore),
              row.previousPosition === null ? "—" : String(row.previousPosition), s.fraction(onTimeOf(row.index)),
            ])}
            links={packAffixes(g.rows.map((row) => serviceIndexHref(`/service-index/${row.agencyId}`, period.key, view)))}
            testId={`service-index-group-${g.group?.code ?? "none"}`}
          />
        ))}
      </Section>
    </div>
  );
}
