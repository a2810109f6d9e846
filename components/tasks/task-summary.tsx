// The headline task figures of a period (DESIGN §5.1): assigned, done on time, done late, in
// progress and overdue on the period's status day, with the rates over the tasks assigned.
import { useTranslations } from "next-intl";
import { StatCard } from "@/components/ui/stat-card";
import type { PeriodTaskCounts } from "@/lib/data/tasks";
import { useFormat } from "@/lib/i18n/use-format";

type Props = { summary: PeriodTaskCounts; testPrefix?: string };

export function TaskSummary({ summary, testPrefix = "tasks" }: Props) {
  const t = useTranslations();
  const f = useFormat();
  const { counts } = summary;
  const rate = (n: number) => f.rate(n, counts.assigned);
  const cards = [
    { key: "assigned", label: t("tasks.assigned"), value: f.number(counts.assigned), note: null },
    { key: "done-on-time", label: t("tasks.doneOnTime"), value: f.number(counts.doneOnTime), note: rate(counts.doneOnTime) },
    { key: "done-late", label: t("tasks.doneLate"), value: f.number(counts.doneLate), note: rate(counts.doneLate) },
    { key: "in-progress", label: t("tasks.inProgress"), value: f.number(counts.inProgress), note: rate(counts.inProgress) },
    { key: "overdue", label: t("tasks.overdue"), value: f.number(counts.overdue), note: rate(counts.overdue) },
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
      <p className="text-sm text-muted">{t("tasks.statusDay", { day: f.localDate(summary.statusDay) })}</p>
    </div>
  );
}
