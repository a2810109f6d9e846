// The leaders' province-wide scorecard (issue 4): where the province stands in a period, what
// changed since the previous period and a year earlier, which agencies hold it back, and a link
// down from every figure. Each section loads in its own <Suspense>, all in parallel.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ApprovedSection } from "@/components/scorecard/approved-section";
import { ChartsSection } from "@/components/scorecard/charts-section";
import { DossierCards } from "@/components/scorecard/dossier-cards";
import { IndexCards } from "@/components/scorecard/index-cards";
import { LeagueTable } from "@/components/scorecard/league-table";
import { PeriodPicker } from "@/components/scorecard/period-picker";
import { PrintButton } from "@/components/scorecard/print-button";
import { CardsSkeleton, ScorecardSection } from "@/components/scorecard/section";
import { StaffingCards } from "@/components/scorecard/staffing-cards";
import { TaskCards } from "@/components/scorecard/task-cards";
import { can } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { getDataAsOf } from "@/lib/data/as-of";
import { comparisonPeriods } from "@/lib/data/scorecard";
import { t } from "@/lib/i18n";
import { formatLocalDate, formatPeriod } from "@/lib/i18n/format";
import { periodKey } from "@/lib/metrics/periods";
import { parseLeagueSort, periodChoices, resolvePeriod } from "@/lib/metrics/scorecard";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { DEFAULT_UNITS_VIEW, parseUnitsView } from "@/lib/org/views";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: t("nav.scorecard") };

/** The first year the period list offers: the programme's baseline year (DESIGN §5.4). */
const FIRST_YEAR = 2021;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function ScorecardPage({ searchParams }: Props) {
  const [viewer, params, dataAsOf] = await Promise.all([requireViewer(), searchParams, getDataAsOf()]);
  if (!can(viewer, "scorecard.read")) notFound();
  const { period, invalid } = resolvePeriod({ period: one(params.period), from: one(params.from), to: one(params.to) }, dataAsOf);
  const sort = parseLeagueSort(one(params.sort), one(params.dir));
  const view = parseUnitsView(one(params.units));
  const periods = comparisonPeriods(period);
  const { quarters, years } = periodChoices(FIRST_YEAR, dataAsOf);
  // a new period re-renders every section: the key restarts their loading states
  const key = periodKey(period);

  return (
    <div className="space-y-8">
      <header className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
        <div className="space-y-1">
          <h1 className="text-2xl font-bold text-brand-900 sm:text-3xl">{t("scorecard.heading")}</h1>
          <p className="text-lg font-semibold text-brand-800" data-testid="scorecard-period">
            {t("scorecard.periodLine", { period: formatPeriod(period) })}
          </p>
          <p className="text-sm text-muted">
            {t("scorecard.compareNote", { previous: formatPeriod(periods.previous), yearAgo: formatPeriod(periods.yearAgo) })}{" "}
            {t("scorecard.asOf", { date: formatLocalDate(dataAsOf) })}
          </p>
        </div>
        <PrintButton />
      </header>

      {invalid ? (
        <p role="alert" className="rounded-md border border-accent-600 bg-accent-100 p-3 text-sm text-accent-700">
          {t("scorecard.picker.invalid", { period: formatPeriod(period) })}
        </p>
      ) : null}

      <PeriodPicker period={period} quarters={quarters} years={years} dataAsOf={dataAsOf} hidden={view === DEFAULT_UNITS_VIEW ? {} : { units: view }} />

      <ScorecardSection id="dossiers" title={t("scorecard.dossiers.heading")} note={t("scorecard.dossiers.note")}>
        <Suspense key={key} fallback={<CardsSkeleton count={9} />}>
          <DossierCards period={period} />
        </Suspense>
      </ScorecardSection>

      <ScorecardSection id="tasks" title={t("scorecard.tasks.heading")} note={t("scorecard.tasks.note")}>
        <Suspense key={key} fallback={<CardsSkeleton count={5} />}>
          <TaskCards viewer={viewer} period={period} />
        </Suspense>
      </ScorecardSection>

      <ScorecardSection id="staffing" title={t("scorecard.staffing.heading")}>
        <Suspense fallback={<CardsSkeleton count={3} />}>
          <StaffingCards />
        </Suspense>
      </ScorecardSection>

      <ScorecardSection id="indices" title={t("scorecard.indices.heading")}>
        <Suspense fallback={<CardsSkeleton count={5} />}>
          <IndexCards viewer={viewer} />
        </Suspense>
      </ScorecardSection>

      <ScorecardSection id="league" title={t("scorecard.league.heading")} note={t("scorecard.league.intro")}>
        <UnitsViewSwitch
          view={view}
          href={(option) => `/scorecard?${new URLSearchParams({ period: key, ...(option === DEFAULT_UNITS_VIEW ? {} : { units: option }) })}#league-heading`}
        />
        <Suspense key={`${key}-${sort.key}-${sort.direction}-${view}`} fallback={<CardsSkeleton count={1} />}>
          <LeagueTable viewer={viewer} period={period} sort={sort} view={view} />
        </Suspense>
      </ScorecardSection>

      <ScorecardSection id="approved" title={t("scorecard.approved.heading")} note={t("scorecard.approved.intro")}>
        <Suspense key={key} fallback={<CardsSkeleton count={1} />}>
          <ApprovedSection viewer={viewer} period={period} />
        </Suspense>
      </ScorecardSection>

      <ScorecardSection id="charts" title={t("scorecard.charts.heading")}>
        <Suspense key={key} fallback={<CardsSkeleton count={2} />}>
          <ChartsSection viewer={viewer} period={period} />
        </Suspense>
      </ScorecardSection>
    </div>
  );
}
