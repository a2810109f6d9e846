// The scorecard's charts over time, each with its table: monthly dossiers by outcome, the online
// share, task completion, and the indices' scores over the years.
import type { ReactNode } from "react";
import { ChartTable } from "@/components/charts/chart-table";
import { LazyShareLinesChart, LazyStackedBarChart } from "@/components/charts/lazy-scorecard-charts";
import type { Viewer } from "@/lib/auth/permissions";
import { getScorecardIndices, getScorecardSeries } from "@/lib/data/scorecard";
import type { Period } from "@/lib/metrics/periods";
import { getIntl } from "@/lib/i18n/server";
import { localName } from "@/lib/i18n/locale";

const monthLabel = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
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
  const { t, f, locale } = await getIntl();
  const share = (value: number | null) => (value === null ? t("common.noData") : f.percent(value));
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
        {t("scorecard.charts.window", { from: f.localDate(window.from), to: f.localDate(window.to) })}
      </p>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <div className="min-w-0" data-print="keep">
        <LazyStackedBarChart
          title={t("scorecard.charts.outcomes")}
          categoryLabel={t("scorecard.charts.month")}
          testId="chart-outcomes"
          series={[
            { key: "early", label: names.early, color: "var(--chart-early)" },
            { key: "onTime", label: names.onTime, color: "var(--chart-on-time)" },
            { key: "late", label: names.late, color: "var(--chart-late)" },
            { key: "overdue", label: names.overdue, color: "var(--chart-overdue)" },
          ]}
          data={outcomes.map(({ label, ...values }) => ({ label, values }))}
        />
        </div>
        <ChartCard title={t("scorecard.charts.online")} testId="chart-online">
          <LazyShareLinesChart
            label={t("scorecard.charts.online")}
            points={months.map((m) => ({ label: monthLabel(m.month), online: asPercent(m.figures.onlineShare), synced: asPercent(m.figures.syncedShare) }))}
            series={[
              { key: "online", name: t("scorecard.charts.onlineShare"), colour: "var(--chart-line)" },
              { key: "synced", name: t("scorecard.charts.syncedShare"), colour: "var(--chart-early)" },
            ]}
          />
          <ChartTable
            caption={t("scorecard.charts.online")}
            columns={[t("scorecard.charts.month"), t("scorecard.charts.received"), t("scorecard.charts.onlineShare"), t("scorecard.charts.syncedShare")]}
            rows={months.map((m) => [monthLabel(m.month), f.number(m.figures.received), share(m.figures.onlineShare), share(m.figures.syncedShare)])}
          />
        </ChartCard>
        <div className="min-w-0" data-print="keep">
        <LazyStackedBarChart
          title={t("scorecard.charts.tasks")}
          categoryLabel={t("scorecard.charts.month")}
          testId="chart-tasks"
          totalLabel={t("scorecard.charts.assigned")}
          series={[
            { key: "doneOnTime", label: taskNames.doneOnTime, color: "var(--chart-on-time)" },
            { key: "doneLate", label: taskNames.doneLate, color: "var(--chart-late)" },
            { key: "notDone", label: taskNames.notDone, color: "var(--chart-overdue)" },
          ]}
          data={months.map((m) => ({
            label: monthLabel(m.month),
            values: { doneOnTime: m.tasks.doneOnTime, doneLate: m.tasks.doneLate, notDone: m.tasks.inProgress + m.tasks.overdue },
          }))}
        />
        </div>
        <ChartCard title={t("scorecard.charts.indices")} testId="chart-indices">
          <LazyShareLinesChart
            label={t("scorecard.charts.indices")}
            points={indexPoints}
            series={indices.map((index, i) => ({ key: index.code, name: localName(locale, index), colour: INDEX_COLOURS[i % INDEX_COLOURS.length]! }))}
          />
          <ChartTable
            caption={t("scorecard.charts.indices")}
            columns={[t("scorecard.charts.year"), ...indices.map((index) => localName(locale, index))]}
            rows={years.map((year) => [
              String(year),
              ...indices.map((index) => {
                const score = index.series.find((p) => p.year === year)?.score ?? null;
                return score === null ? "–" : f.indexScore(score, index.unit);
              }),
            ])}
          />
        </ChartCard>
      </div>
    </div>
  );
}
