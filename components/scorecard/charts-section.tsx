// The scorecard's charts over time, each with its table: monthly dossiers by outcome, the online
// share, task completion, and the indices' scores over the years.
import type { ReactNode } from "react";
import { LazyDossierOutcomesChart, LazyShareLinesChart, LazyTaskCompletionChart } from "@/components/charts/lazy-scorecard-charts";
import type { Viewer } from "@/lib/auth/permissions";
import { getScorecardIndices, getScorecardSeries } from "@/lib/data/scorecard";
import { t } from "@/lib/i18n";
import { formatLocalDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { formatIndexScore } from "@/lib/i18n/index-format";
import type { Period } from "@/lib/metrics/periods";
import { DataTable } from "./data-table";

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
const share = (value: number | null) => (value === null ? t("common.noData") : formatPercent(value));
const asPercent = (value: number | null) => (value === null ? null : Math.round(value * 10000) / 100);

function ChartCard({ title, children, testId }: { title: string; children: ReactNode; testId: string }) {
  return (
    <div className="min-w-0 space-y-2 rounded-lg border border-border bg-surface p-4 shadow-sm" data-print="keep" data-testid={testId}>
      <h3 className="font-semibold text-brand-900">{title}</h3>
      {children}
    </div>
  );
}

const INDEX_COLOURS = ["var(--chart-line)", "var(--chart-late)", "var(--chart-early)", "var(--chart-overdue)", "var(--chart-line-2)"];

export async function ChartsSection({ viewer, period }: { viewer: Viewer; period: Period }) {
  const [{ window, months }, indices] = await Promise.all([getScorecardSeries(viewer, period), getScorecardIndices(viewer)]);
  const outcomes = months.map((m) => ({
    label: monthLabel(m.month),
    early: m.figures.resolvedEarly,
    onTime: m.figures.resolvedOnTime,
    late: m.figures.resolvedLate,
    overdue: m.figures.overdueAtEnd,
  }));
  const names = {
    early: t("scorecard.charts.early"),
    onTime: t("scorecard.charts.onTime"),
    late: t("scorecard.charts.late"),
    overdue: t("scorecard.charts.overdue"),
  };
  const taskNames = {
    doneOnTime: t("scorecard.charts.doneOnTime"),
    doneLate: t("scorecard.charts.doneLate"),
    notDone: t("scorecard.charts.notDone"),
  };
  const years = [...new Set(indices.flatMap((index) => index.series.map((p) => p.year)))].sort((a, b) => a - b);
  const indexPoints = years.map((year) => ({
    label: String(year),
    ...Object.fromEntries(
      indices.map((index) => {
        const score = index.series.find((p) => p.year === year)?.score ?? null;
        return [index.code, score === null || index.maxScore <= 0 ? null : Math.round((score / index.maxScore) * 10000) / 100];
      }),
    ),
  }));

  return (
    <div className="space-y-3">
      <p className="text-sm text-muted">
        {t("scorecard.charts.window", { from: formatLocalDate(window.from), to: formatLocalDate(window.to) })}
      </p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <ChartCard title={t("scorecard.charts.outcomes")} testId="chart-outcomes">
          <LazyDossierOutcomesChart points={outcomes} label={t("scorecard.charts.outcomes")} names={names} />
          <DataTable
            caption={t("scorecard.charts.outcomes")}
            headers={[t("scorecard.charts.month"), names.early, names.onTime, names.late, names.overdue]}
            rows={outcomes.map((o) => ({ key: o.label, cells: [o.label, formatNumber(o.early), formatNumber(o.onTime), formatNumber(o.late), formatNumber(o.overdue)] }))}
          />
        </ChartCard>
        <ChartCard title={t("scorecard.charts.online")} testId="chart-online">
          <LazyShareLinesChart
            label={t("scorecard.charts.online")}
            points={months.map((m) => ({ label: monthLabel(m.month), online: asPercent(m.figures.onlineShare), synced: asPercent(m.figures.syncedShare) }))}
            series={[
              { key: "online", name: t("scorecard.charts.onlineShare"), colour: "var(--chart-line)" },
              { key: "synced", name: t("scorecard.charts.syncedShare"), colour: "var(--chart-early)" },
            ]}
          />
          <DataTable
            caption={t("scorecard.charts.online")}
            headers={[t("scorecard.charts.month"), t("scorecard.charts.received"), t("scorecard.charts.onlineShare"), t("scorecard.charts.syncedShare")]}
            rows={months.map((m) => ({
              key: m.month,
              cells: [monthLabel(m.month), formatNumber(m.figures.received), share(m.figures.onlineShare), share(m.figures.syncedShare)],
            }))}
          />
        </ChartCard>
        <ChartCard title={t("scorecard.charts.tasks")} testId="chart-tasks">
          <LazyTaskCompletionChart
            label={t("scorecard.charts.tasks")}
            names={taskNames}
            points={months.map((m) => ({
              label: monthLabel(m.month),
              doneOnTime: m.tasks.doneOnTime,
              doneLate: m.tasks.doneLate,
              notDone: m.tasks.inProgress + m.tasks.overdue,
            }))}
          />
          <DataTable
            caption={t("scorecard.charts.tasks")}
            headers={[t("scorecard.charts.month"), t("scorecard.charts.assigned"), taskNames.doneOnTime, taskNames.doneLate, taskNames.notDone, t("scorecard.charts.taskOnTimeRate")]}
            rows={months.map((m) => ({
              key: m.month,
              cells: [
                monthLabel(m.month),
                formatNumber(m.tasks.assigned),
                formatNumber(m.tasks.doneOnTime),
                formatNumber(m.tasks.doneLate),
                formatNumber(m.tasks.inProgress + m.tasks.overdue),
                share(m.tasks.onTimeRate),
              ],
            }))}
          />
        </ChartCard>
        <ChartCard title={t("scorecard.charts.indices")} testId="chart-indices">
          <LazyShareLinesChart
            label={t("scorecard.charts.indices")}
            points={indexPoints}
            series={indices.map((index, i) => ({ key: index.code, name: index.name, colour: INDEX_COLOURS[i % INDEX_COLOURS.length]! }))}
          />
          <DataTable
            caption={t("scorecard.charts.indices")}
            headers={[t("scorecard.charts.year"), ...indices.map((index) => index.name)]}
            rows={years.map((year) => ({
              key: String(year),
              cells: [
                String(year),
                ...indices.map((index) => {
                  const score = index.series.find((p) => p.year === year)?.score ?? null;
                  return score === null ? "–" : formatIndexScore(score, index.unit);
                }),
              ],
            }))}
          />
        </ChartCard>
      </div>
    </div>
  );
}
