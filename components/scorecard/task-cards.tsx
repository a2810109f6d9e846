// Task cards (DESIGN §5.1): assigned, done, on-time rate, done late, overdue now.
import { getScorecardTasks } from "@/lib/data/scorecard";
import type { Viewer } from "@/lib/auth/permissions";
import { periodKey, type LocalDate, type Period } from "@/lib/metrics/periods";
import { DATA_FIRST_YEAR } from "@/lib/data/province/settings";
import { compareFigure } from "@/lib/metrics/scorecard";
import type { TaskCounts, TaskRates } from "@/lib/metrics/tasks";
import { FigureCard } from "./figure-card";
import { CARD_GRID } from "./section";
import { getIntl } from "@/lib/i18n/server";

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

/** Where each card leads (issue 16 item 7): the period's tasks, narrowed to the card's status where it has one. */
export function taskCardHref(key: TaskKey | "overdueNow", period: Period, firstDay: LocalDate, dataAsOf: LocalDate): string {
  // overdue now counts every task overdue on the data's day, whenever assigned: all the data's days
  if (key === "overdueNow") return `/tasks?${new URLSearchParams({ from: firstDay, to: dataAsOf, status: "OVERDUE" })}`;
  const status = key === "doneLate" ? "DONE_LATE" : key === "done" ? "DONE" : null;
  return `/tasks?${new URLSearchParams({ period: periodKey(period), ...(status ? { status } : {}) })}`;
}

export async function TaskCards({ viewer, period }: { viewer: Viewer; period: Period }) {
  const { t, f } = await getIntl();
  const data = await getScorecardTasks(viewer, period);
  if (!data) return null;
  const firstDay = `${DATA_FIRST_YEAR}-01-01`;
  return (
    <dl className={CARD_GRID}>
      {CARDS.map((card) => (
        <FigureCard
          key={card.key}
          label={t(`scorecard.tasks.${card.key}`)}
          figure={compareFigure(value(data.current, card.key), value(data.previous, card.key), value(data.yearAgo, card.key), card.higherIsBetter)}
          format={card.format}
          href={taskCardHref(card.key, period, firstDay, data.current.dataAsOf)}
          testId={`tasks-${card.key}`}
        />
      ))}
      <FigureCard
        label={t("scorecard.tasks.overdueNow")}
        figure={compareFigure(data.current.overdueNow.total, data.previous.counts.overdue, data.yearAgo.counts.overdue, false)}
        format="count"
        href={taskCardHref("overdueNow", period, firstDay, data.current.dataAsOf)}
        testId="tasks-overdueNow"
        note={t("scorecard.dossiers.overdueNowNote", { date: f.localDate(data.current.overdueNow.asOf) })}
      />
    </dl>
  );
}
