// The scorecard's figures for its exports — the workbook, the print and the quarter pack — read
// once through lib/data with the viewer's scope, so that the three show the same numbers; the
// periods' labels in the reader's language (`intl`).
import "server-only";
import type { Viewer } from "@/lib/auth/permissions";
import { getDataAsOf } from "@/lib/data/province/settings";
import { getApprovedIndicatorTotals } from "@/lib/data/reports/approved";
import { comparisonPeriods, getAgencyLeague, getScorecardDossiers, getScorecardIndices, getScorecardSeries, getScorecardTasks } from "@/lib/data/scorecard";
import type { Intl } from "@/lib/i18n/translator";
import { quarterOf } from "@/lib/metrics/periods";
import type { ScorecardQuery } from "@/lib/validations/scorecard";

export async function loadScorecard(viewer: Viewer, { period, units }: Pick<ScorecardQuery, "period" | "units">, { t, f }: Intl) {
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
    current: f.period(periods.current),
    previous: t("export.col.previous", { period: f.period(periods.previous) }),
    yearAgo: t("export.col.yearAgo", { period: f.period(periods.yearAgo) }),
  };
  return { period, units, labels, dossiers, tasks, league, approved: approved.filter((row) => row.reports > 0), indices, series };
}

export type ScorecardData = NonNullable<Awaited<ReturnType<typeof loadScorecard>>>;
