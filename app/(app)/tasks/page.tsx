// Tasks assigned by the Provincial People's Committee (DESIGN §5.1) for any period: headline
// figures, the trend by quarter, tasks overdue now by age, per agency, and the list behind them.
// Agency staff see their own agency only (the scope also sits in every read).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PeriodFilter } from "@/components/tasks/period-filter";
import { OverdueAgesChart, TaskTrendChart } from "@/components/tasks/task-charts";
import { TaskList } from "@/components/tasks/task-list";
import { TaskSummary } from "@/components/tasks/task-summary";
import { TasksByAgency } from "@/components/tasks/tasks-by-agency";
import { ExportLink, exportHref } from "@/components/ui/export-link";
import { PageHeader } from "@/components/ui/page-header";
import { readableAgencies } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/auth/session";
import { UnitsViewSwitch } from "@/components/org/units-view-switch";
import { unitLens } from "@/lib/data/province/unit-lens";
import { unitLabel } from "@/lib/org/labels";
import { DEFAULT_UNITS_VIEW } from "@/lib/org/views";
import { getDataSpan } from "@/lib/data/province/settings";
import { listTasks } from "@/lib/data/task-list";
import { getTaskCountsByUnit, getTaskSummary, getTaskTrend } from "@/lib/data/tasks";
import { latestCompleteQuarter, periodKey, previousPeriod, throughDay, yearPeriod } from "@/lib/metrics/periods";
import { quartersWithin } from "@/lib/metrics/tasks";
import { getIntl } from "@/lib/i18n/server";
import { parseSearchParams, spanStart, type SearchParams } from "@/lib/validations/search-params";
import { tasksParams } from "@/lib/validations/tasks";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getIntl();
  return { title: t("tasks.title") };
}

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, span, params, { t, f }] = await Promise.all([requireViewer(), getDataSpan(), searchParams, getIntl()]);
  const scope = readableAgencies(viewer);
  if (scope === "none") notFound();
  const query = parseSearchParams(tasksParams(span), params);
  const { period } = query;
  const asOf = span.asOf;
  const thisYear = yearPeriod(Number(asOf.slice(0, 4)));
  // agency staff always read their own agency, whatever the URL says
  const agencyId = scope === "all" ? query.agency : (viewer.agencyId ?? undefined);
  const filter = agencyId === undefined ? {} : { agencyId };

  const lens = await unitLens(query.units);
  const unitFilter = agencyId === undefined ? filter : { agencyId, lens };
  const [summary, trend, byAgency, list] = await Promise.all([
    getTaskSummary(viewer, period, unitFilter),
    getTaskTrend(viewer, quartersWithin(period), unitFilter),
    getTaskCountsByUnit(viewer, period, lens),
    listTasks(viewer, { period, agencyId, status: query.status, q: query.q, page: query.page, lens }),
  ]);
  if (!summary || !trend) notFound();
  const agencies = scope === "all" ? lens.listedUnits(viewer, period).map((unit) => ({ id: unit.id, name: unitLabel(unit) })).sort((a, b) => a.name.localeCompare(b.name, "vi")) : null;

  const base: Record<string, string> = { period: periodKey(period) };
  if (agencyId !== undefined && scope === "all") base.agency = String(agencyId);
  if (query.units !== DEFAULT_UNITS_VIEW) base.units = query.units;
  const href = (changes: Partial<Record<"status" | "q" | "page" | "agency", string | undefined>>) => {
    const params = new URLSearchParams(base);
    const merged = { status: query.status, q: query.q || undefined, ...changes };
    for (const [key, value] of Object.entries(merged)) if (value) params.set(key, value);
    return `/tasks?${params.toString()}`;
  };
  const latestQuarter = latestCompleteQuarter(asOf);
  const quickPeriods = [thisYear, previousPeriod(thisYear), latestQuarter, previousPeriod(latestQuarter)];
  const agencyName = agencyId === undefined ? null : (lens.unit(agencyId)?.name ?? null);
  const viewHref = (units: string) => {
    const params = new URLSearchParams({ ...base, units });
    if (units === DEFAULT_UNITS_VIEW) params.delete("units");
    return `/tasks?${params.toString()}`;
  };

  return (
    <div className="space-y-8">
      <PageHeader title={t("tasks.heading")} intro={t("tasks.intro")}
        actions={<ExportLink href={exportHref("/tasks/export", { ...base, status: query.status, q: query.q })} what={t("tasks.heading")} />} />
      <PeriodFilter period={period} agencyId={agencyId} agencies={agencies} quickPeriods={quickPeriods} bounds={{ min: spanStart(span), max: span.asOf }}
        hidden={query.units === DEFAULT_UNITS_VIEW ? {} : { units: query.units }} />
      <UnitsViewSwitch view={query.units} href={viewHref} />
      <section aria-labelledby="tasks-summary" className="space-y-3">
        <h2 id="tasks-summary" className="text-lg font-semibold text-brand-900" data-testid="tasks-summary-heading">
          {agencyName
            ? t("tasks.summary.agencyHeading", { period: f.period(throughDay(period, asOf)), agency: agencyName })
            : t("tasks.summary.heading", { period: f.period(throughDay(period, asOf)) })}
        </h2>
        <TaskSummary summary={summary} />
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <TaskTrendChart trend={trend} testId="tasks-trend" />
        <OverdueAgesChart overdue={summary.overdueNow} testId="tasks-overdue-ages" />
      </div>
      <TasksByAgency rows={byAgency} listHref={(id) => (scope === "all" ? href({ agency: String(id), page: undefined }) : `/agencies/${id}`)} />
      <TaskList list={list} query={query} href={href} hidden={base} />
    </div>
  );
}
