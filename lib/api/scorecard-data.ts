// The scorecard's figures for its exports — the workbook, the print and the quarter pack — read
// once through lib/data with the viewer's scope, so that the three show the same numbers.
import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { getDataAsOf } from "@/lib/data/province/settings";
import { getApprovedIndicatorTotals } from "@/lib/data/reports/approved";
import { comparisonPeriods, getAgencyLeague, getScorecardDossiers, getScorecardIndices, getScorecardSeries, getScorecardTasks } from "@/lib/data/scorecard";
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { quarterOf } from "@/lib/metrics/periods";
import type { ScorecardQuery } from "@/lib/validations/scorecard";

export async function loadScorecard(viewer: Viewer, { period, units }: Pick<ScorecardQuery, "period" | "units">) {
  const periods = comparisonPeriods(period, await getDataAsOf());
  const [dossiers, tasks, league, approved, indices, series] = await Promise.all([
    getScorecardDossiers(viewer, period),
    getScorecardTasks(viewer, period),
    getAgencyLeague(viewer, period, units),
    period.kind === "quarter" ? getApprovedIndicatorTotals(viewer, quarterOf(period.from)) : Promise.resolve([]),
    getScorecardIndices(viewer),
    getScorecardSeries(viewer, period),
  ]);
  if (!dossiers) return null;
  const labels = {
    current: formatPeriod(periods.current),
    previous: t("export.col.previous", { period: formatPeriod(periods.previous) }),
    yearAgo: t("export.col.yearAgo", { period: formatPeriod(periods.yearAgo) }),
  };
  return { period, units, labels, dossiers, tasks, league, approved: approved.filter((row) => row.reports > 0), indices, series };
}

export type ScorecardData = NonNullable<Awaited<ReturnType<typeof loadScorecard>>>;
