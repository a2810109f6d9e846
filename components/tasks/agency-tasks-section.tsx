// An agency's tasks on its own page: this year's figures (DESIGN §5.1), the trend over the last
// eight quarters, and the tasks overdue now, with a link to the list on the tasks page. The
// viewer's scope is checked by the reads (another agency's tasks give nothing).
import Link from "next/link";
import { Suspense } from "react";
import { TaskTrendChart } from "@/components/tasks/task-charts";
import { TaskSummary } from "@/components/tasks/task-summary";
import { CardsSkeleton, LoadingStatus } from "@/components/ui/skeleton";
import { requireViewer } from "@/lib/auth/session";
import { getDataAsOf } from "@/lib/data/province/settings";
import { getTaskSummary, getTaskTrend } from "@/lib/data/tasks";
import { unitLens } from "@/lib/data/province/unit-lens";
import { periodKey, previousPeriod, quarterOf, quarterPeriod, yearPeriod, type Period } from "@/lib/metrics/periods";
import { OVERDUE_AGE_BUCKETS } from "@/lib/metrics/tasks";
import { getIntl } from "@/lib/i18n/server";

const TREND_QUARTERS = 8;

/** The section, streamed: the rest of the agency's page does not wait for the task figures. */
export function AgencyTasksSection({ agencyId }: { agencyId: number }) {
  return (
    <Suspense fallback={<AgencyTasksSkeleton />}>
      <AgencyTasks agencyId={agencyId} />
    </Suspense>
  );
}

function AgencyTasksSkeleton() {
  return (
    <div className="space-y-4">
      <LoadingStatus />
      <CardsSkeleton count={5} />
    </div>
  );
}

async function AgencyTasks({ agencyId }: { agencyId: number }) {
  const [viewer, asOf, { t, f }] = await Promise.all([requireViewer(), getDataAsOf(), getIntl()]);
  const year = yearPeriod(Number(asOf.slice(0, 4)));
  const { year: y, quarter } = quarterOf(asOf);
  const quarters: Period[] = [quarterPeriod(y, quarter)];
  while (quarters.length < TREND_QUARTERS) quarters.unshift(previousPeriod(quarters[0]!));
  // a current unit's tasks include its predecessors' part (today's units)
  const filter = { agencyId, lens: await unitLens("today") };
  const [summary, trend] = await Promise.all([getTaskSummary(viewer, year, filter), getTaskTrend(viewer, quarters, filter)]);
  if (!summary || !trend) return null;
  const { overdueNow } = summary;

  return (
    <section aria-labelledby="agency-tasks" className="space-y-4" data-testid="agency-tasks">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="agency-tasks" className="text-lg font-semibold text-brand-900">
          {t("tasks.agency.heading", { period: f.period(year) })}
        </h2>
        <Link href={`/tasks?${new URLSearchParams({ period: periodKey(year), agency: String(agencyId) }).toString()}`} className="text-brand-700 underline">
          {t("tasks.agency.list")}
        </Link>
      </div>
      <TaskSummary summary={summary} testPrefix="agency-tasks" />
      <p className="text-sm text-foreground" data-testid="agency-tasks-overdue-now">
        {t("tasks.agency.overdueNow", {
          day: f.localDate(overdueNow.asOf),
          total: f.number(overdueNow.total),
          ages: OVERDUE_AGE_BUCKETS.map((b) => `${t(`tasks.overdueAges.${b}`)}: ${f.number(overdueNow.ages[b])}`).join("; "),
        })}
      </p>
      <TaskTrendChart trend={trend} testId="agency-tasks-trend" />
    </section>
  );
}
