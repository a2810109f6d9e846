// The headline task figures of a period (DESIGN §5.1): assigned, done on time, done late, in
// progress and overdue on the period's status day, with the rates over the tasks assigned.
import { StatCard } from "@/components/ui/stat-card";
import type { PeriodTaskCounts } from "@/lib/data/tasks";
import { t } from "@/lib/i18n";
import { formatLocalDate, formatNumber, formatRate } from "@/lib/i18n/format";

type Props = { summary: PeriodTaskCounts; testPrefix?: string };

export function TaskSummary({ summary, testPrefix = "tasks" }: Props) {
  const { counts } = summary;
  const rate = (n: number) => formatRate(n, counts.assigned);
  const cards = [
    { key: "assigned", label: t("tasks.assigned"), value: formatNumber(counts.assigned), note: null },
    { key: "done-on-time", label: t("tasks.doneOnTime"), value: formatNumber(counts.doneOnTime), note: rate(counts.doneOnTime) },
    { key: "done-late", label: t("tasks.doneLate"), value: formatNumber(counts.doneLate), note: rate(counts.doneLate) },
    { key: "in-progress", label: t("tasks.inProgress"), value: formatNumber(counts.inProgress), note: rate(counts.inProgress) },
    { key: "overdue", label: t("tasks.overdue"), value: formatNumber(counts.overdue), note: rate(counts.overdue) },
  ];
  return (
    <div className="space-y-2">
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-5">
        {cards.map((card) => (
          <StatCard
            key={card.key}
            label={card.label}
            value={card.value}
            testId={`${testPrefix}-${card.key}`}
            note={card.note !== null ? t("tasks.shareOfAssigned", { rate: card.note }) : undefined}
            noteTestId={`${testPrefix}-${card.key}-rate`}
          />
        ))}
      </dl>
      <p className="text-sm text-muted">{t("tasks.statusDay", { day: formatLocalDate(summary.statusDay) })}</p>
    </div>
  );
}
