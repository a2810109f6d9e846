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
import { listCurrentAgencies } from "@/lib/data/agencies";
import { getDataSpan } from "@/lib/data/as-of";
import { listTasks } from "@/lib/data/task-list";
import { getTaskCountsByAgency, getTaskSummary, getTaskTrend } from "@/lib/data/tasks";
import { latestCompleteQuarter, periodKey, previousPeriod, startOfLocalDay, yearPeriod } from "@/lib/metrics/periods";
import { quartersWithin } from "@/lib/metrics/tasks";
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { parseSearchParams, spanEnd, spanStart, type SearchParams } from "@/lib/validations/search-params";
import { tasksParams } from "@/lib/validations/tasks";

export const metadata: Metadata = { title: t("tasks.title") };
export const dynamic = "force-dynamic";

export default async function TasksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [viewer, span, params] = await Promise.all([requireViewer(), getDataSpan(), searchParams]);
  const scope = readableAgencies(viewer);
  if (scope === "none") notFound();
  const query = parseSearchParams(tasksParams(span), params);
  const { period } = query;
  const asOf = span.asOf;
  const thisYear = yearPeriod(Number(asOf.slice(0, 4)));
  // agency staff always read their own agency, whatever the URL says
  const agencyId = scope === "all" ? query.agency : scope.agencyId;
  const filter = agencyId === undefined ? {} : { agencyId };

  const [summary, trend, byAgency, list, agencies] = await Promise.all([
    getTaskSummary(viewer, period, filter),
    getTaskTrend(viewer, quartersWithin(period), filter),
    getTaskCountsByAgency(viewer, period),
    listTasks(viewer, { period, agencyId, status: query.status, q: query.q, page: query.page }),
    scope === "all" ? listCurrentAgencies(startOfLocalDay(asOf)) : Promise.resolve(null),
  ]);
  if (!summary || !trend) notFound();

  const base: Record<string, string> = { period: periodKey(period) };
  if (agencyId !== undefined && scope === "all") base.agency = String(agencyId);
  const href = (changes: Partial<Record<"status" | "q" | "page" | "agency", string | undefined>>) => {
    const params = new URLSearchParams(base);
    const merged = { status: query.status, q: query.q || undefined, ...changes };
    for (const [key, value] of Object.entries(merged)) if (value) params.set(key, value);
    return `/tasks?${params.toString()}`;
  };
  const latestQuarter = latestCompleteQuarter(asOf);
  const quickPeriods = [thisYear, previousPeriod(thisYear), latestQuarter, previousPeriod(latestQuarter)];
  const agencyName = agencyId === undefined ? null : (agencies?.find((a) => a.id === agencyId)?.name ?? byAgency.find((r) => r.agencyId === agencyId)?.agencyName ?? null);

  return (
    <div className="space-y-8">
      <PageHeader title={t("tasks.heading")} intro={t("tasks.intro")}
        actions={<ExportLink href={exportHref("/tasks/export", { ...base, status: query.status, q: query.q })} what={t("tasks.heading")} />} />
      <PeriodFilter period={period} agencyId={agencyId} agencies={agencies} quickPeriods={quickPeriods} bounds={{ min: spanStart(span), max: spanEnd(span) }} />
      <section aria-labelledby="tasks-summary" className="space-y-3">
        <h2 id="tasks-summary" className="text-lg font-semibold text-brand-900" data-testid="tasks-summary-heading">
          {t(agencyName ? "tasks.summary.agencyHeading" : "tasks.summary.heading", { period: formatPeriod(period), agency: agencyName ?? "" })}
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
