// Task cards (DESIGN §5.1): assigned, done, on-time rate, done late, overdue now.
import { getScorecardTasks } from "@/lib/data/scorecard";
import type { Viewer } from "@/lib/auth/permissions";
import { t } from "@/lib/i18n";
import { formatLocalDate } from "@/lib/i18n/format";
import type { Period } from "@/lib/metrics/periods";
import { periodKey } from "@/lib/metrics/periods";
import { compareFigure } from "@/lib/metrics/scorecard";
import type { TaskCounts, TaskRates } from "@/lib/metrics/tasks";
import { FigureCard } from "./figure-card";
import { CARD_GRID } from "./section";

type TaskKey = "assigned" | "done" | "onTimeRate" | "doneLate";

const CARDS: { key: TaskKey; format: "count" | "rate"; higherIsBetter: boolean | null }[] = [
  { key: "assigned", format: "count", higherIsBetter: null },
  { key: "done", format: "count", higherIsBetter: true },
  { key: "onTimeRate", format: "rate", higherIsBetter: true },
  { key: "doneLate", format: "count", higherIsBetter: false },
];

function value(of: { counts: TaskCounts; rates: TaskRates }, key: TaskKey): number | null {
  switch (key) {
    case "assigned":
      return of.counts.assigned;
    case "done":
      return of.counts.doneOnTime + of.counts.doneLate;
    case "onTimeRate":
      return of.rates.onTimeRate;
    case "doneLate":
      return of.counts.doneLate;
  }
}

export async function TaskCards({ viewer, period }: { viewer: Viewer; period: Period }) {
  const data = await getScorecardTasks(viewer, period);
  if (!data) return null;
  const href = `/tasks?period=${periodKey(period)}`;
  return (
    <dl className={CARD_GRID}>
      {CARDS.map((card) => (
        <FigureCard
          key={card.key}
          label={t(`scorecard.tasks.${card.key}`)}
          figure={compareFigure(value(data.current, card.key), value(data.previous, card.key), value(data.yearAgo, card.key), card.higherIsBetter)}
          format={card.format}
          href={href}
          testId={`tasks-${card.key}`}
        />
      ))}
      <FigureCard
        label={t("scorecard.tasks.overdueNow")}
        figure={compareFigure(data.current.overdueNow.total, data.previous.counts.overdue, data.yearAgo.counts.overdue, false)}
        format="count"
        href={`/tasks?status=OVERDUE`}
        testId="tasks-overdueNow"
        note={t("scorecard.dossiers.overdueNowNote", { date: formatLocalDate(data.current.overdueNow.asOf) })}
      />
    </dl>
  );
}
