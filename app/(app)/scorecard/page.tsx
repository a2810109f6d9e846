// The leaders' province-wide scorecard (issue 4): where the province stands in a period, what
// changed since the previous period and a year earlier, which agencies hold it back, and a link
// down from every figure. Each section loads in its own <Suspense>, all in parallel.
import { ExportLink } from "@/components/ui/export-link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApprovedSection } from "@/components/scorecard/approved-section";
import { ChartsSection } from "@/components/scorecard/charts-section";
import { DossierCards } from "@/components/scorecard/dossier-cards";
import { IndexCards } from "@/components/scorecard/index-cards";
import { LeagueTable, leagueHref } from "@/components/scorecard/league-table";
import { PeriodPicker } from "@/components/scorecard/period-picker";
import { PrintButton } from "@/components/scorecard/print-button";
import { ScorecardSection } from "@/components/scorecard/section";
import { StaffingCards } from "@/components/scorecard/staffing-cards";
import { TaskCards } from "@/components/scorecard/task-cards";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { comparisonPeriods } from "@/lib/data/scorecard";
import { getDataSpan } from "@/lib/data/province/settings";
import { getIntl } from "@/lib/i18n/server";
import { daysBetween, isPartial, periodKey } from "@/lib/metrics/periods";
import { periodChoices } from "@/lib/metrics/scorecard";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { DEFAULT_UNITS_VIEW } from "@/lib/org/views";
import { scorecardParams } from "@/lib/validations/scorecard";
import { parseSearchParams, spanStart, type SearchParams } from "@/lib/validations/search-params";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("nav.scorecard") };
}

export default async function ScorecardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, span, params, { t, f }] = await Promise.all([requireViewer(), getDataSpan(), searchParams, getIntl()]);
  if (!can(viewer, "scorecard.read")) notFound();
  const { period, sort, units: view, league } = parseSearchParams(scorecardParams(span), params);
  const periods = comparisonPeriods(period, span.asOf);
  const { quarters, years } = periodChoices(span.firstYear, span.asOf);
  // a new period re-renders every section: the key restarts their loading states
  const key = periodKey(period);

  return (
    <div className="space-y-8">
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("scorecard.heading")}</h1>
          <p className="text-lg font-semibold text-brand-800" data-testid="scorecard-period">
            {t("scorecard.periodLine", { period: f.period(periods.current) })}
          </p>
          <p className="text-sm text-muted">
            {t("scorecard.compareNote", { previous: f.period(periods.previous), yearAgo: f.period(periods.yearAgo) })}{" "}
            {t("scorecard.asOf", { date: f.localDate(span.asOf) })}
          </p>
          {isPartial(periods.current) ? (
            <p className="text-sm font-medium text-brand-800" data-testid="scorecard-partial">
              {t("scorecard.partialNote", { date: f.localDate(periods.current.to), days: f.number(daysBetween(periods.current.from, periods.current.to)) })}
            </p>
          ) : null}
        </div>
        <div className="flex flex-wrap gap-2" data-print="hide">
          <ExportLink href={`/scorecard/export?${new URLSearchParams({ period: key, sort: sort.key, dir: sort.direction, ...(view === DEFAULT_UNITS_VIEW ? {} : { units: view }) })}`} what={t("scorecard.heading")} />
          <ExportLink href={`/scorecard/print?${new URLSearchParams({ period: key, ...(view === DEFAULT_UNITS_VIEW ? {} : { units: view }) })}`} label={t("export.printPdf")} what={t("scorecard.heading")} testId="export-print" />
          <PrintButton label={t("scorecard.print")} />
        </div>
      </header>

      <PeriodPicker period={period} quarters={quarters} years={years} firstDay={spanStart(span)} dataAsOf={span.asOf} hidden={{ units: view === DEFAULT_UNITS_VIEW ? undefined : view }} />

      <ScorecardSection id="dossiers" title={t("scorecard.dossiers.heading")} note={t("scorecard.dossiers.note")} cards={9} loadingKey={key}>
        <DossierCards viewer={viewer} period={period} />
      </ScorecardSection>
      <ScorecardSection id="tasks" title={t("scorecard.tasks.heading")} note={t("scorecard.tasks.note")} cards={5} loadingKey={key}>
        <TaskCards viewer={viewer} period={period} />
      </ScorecardSection>
      <ScorecardSection id="staffing" title={t("scorecard.staffing.heading")} cards={3}>
        <StaffingCards viewer={viewer} />
      </ScorecardSection>
      <ScorecardSection id="indices" title={t("scorecard.indices.heading")} cards={5}>
        <IndexCards viewer={viewer} />
      </ScorecardSection>
      <ScorecardSection id="league" title={t("scorecard.league.heading")} note={t("scorecard.league.intro")} cards={1} loadingKey={`${key}-${sort.key}-${sort.direction}-${view}-${league ? `${league.page}-${league.size}` : "short"}`}
        before={
          <UnitsViewSwitch
            view={view}
            href={(option) => leagueHref(period, { view: option, league: league && { ...league, page: 1 } })}
          />
        }
      >
        <LeagueTable viewer={viewer} period={period} sort={sort} view={view} league={league} />
      </ScorecardSection>
      <ScorecardSection id="approved" title={t("scorecard.approved.heading")} note={t("scorecard.approved.intro")} cards={1} loadingKey={key}>
        <ApprovedSection viewer={viewer} period={period} />
      </ScorecardSection>
      <ScorecardSection id="charts" title={t("scorecard.charts.heading")} cards={2} loadingKey={key}>
        <ChartsSection viewer={viewer} period={period} />
      </ScorecardSection>
    </div>
  );
}
