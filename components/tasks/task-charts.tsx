// The task charts of a page: tasks by status per quarter of the period (the trend), and the tasks
// overdue now by how long they are overdue.
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import type { OverdueNow, PeriodTaskCounts } from "@/lib/data/tasks";
import { OVERDUE_AGE_BUCKETS } from "@/lib/metrics/tasks";
import { quarterOf } from "@/lib/metrics/periods";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";

const STATUS_SERIES = [
  { key: "doneOnTime", labelKey: "tasks.doneOnTime", color: "var(--brand-700)" },
  { key: "doneLate", labelKey: "tasks.doneLate", color: "var(--accent-700)" },
  { key: "inProgress", labelKey: "tasks.inProgress", color: "var(--chart-in-progress)" },
  { key: "overdue", labelKey: "tasks.overdue", color: "var(--accent-600)" },
] as const;

export function TaskTrendChart({ trend, testId }: { trend: PeriodTaskCounts[]; testId?: string }) {
  const t = useTranslations();
  const data = trend.map((p) => {
    const { year, quarter } = quarterOf(p.period.from);
    return {
      label: t("tasks.trend.quarter", { quarter: String(quarter), year: String(year) }),
      values: { doneOnTime: p.counts.doneOnTime, doneLate: p.counts.doneLate, inProgress: p.counts.inProgress, overdue: p.counts.overdue },
    };
  });
  return (
    <StackedBarChart title={t("tasks.trend.heading")} categoryLabel={t("tasks.trend.quarterColumn")}
      series={STATUS_SERIES.map((s) => ({ key: s.key, label: t(s.labelKey), color: s.color }))} data={data} totalLabel={t("tasks.assigned")}
      testId={testId} />
  );
}

export function OverdueAgesChart({ overdue, testId }: { overdue: OverdueNow; testId?: string }) {
  const t = useTranslations();
  const f = useFormat();
  return (
    <StackedBarChart title={t("tasks.overdueAges.heading", { day: f.localDate(overdue.asOf) })} categoryLabel={t("tasks.overdueAges.bucket")}
      series={[{ key: "count", label: t("tasks.overdueAges.count"), color: "var(--accent-600)" }]}
      data={OVERDUE_AGE_BUCKETS.map((bucket) => ({ label: t(`tasks.overdueAges.${bucket}`), values: { count: overdue.ages[bucket] } }))}
      stacked={false} testId={testId} />
  );
}
