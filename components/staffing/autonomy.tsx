// Public service units at each autonomy level over the years (stacked), and the share that is
// financially autonomous (covers at least its recurrent spending) against its target, if any.
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import type { AutonomyLevel } from "@/lib/generated/prisma/enums";
import type { AutonomyTarget, AutonomyYear } from "@/lib/data/staffing";
import { financialAutonomyShare } from "@/lib/metrics/staffing";
import { t } from "@/lib/i18n";
import { formatNumber, formatPercent } from "@/lib/i18n/format";

const LEVELS: { level: AutonomyLevel; color: string }[] = [
  { level: "INVESTMENT_AND_RECURRENT", color: "var(--brand-950)" },
  { level: "RECURRENT", color: "var(--brand-700)" },
  { level: "PARTIAL_70_100", color: "var(--brand-600)" },
  { level: "PARTIAL_30_70", color: "var(--muted)" },
  { level: "PARTIAL_10_30", color: "var(--accent-700)" },
  { level: "STATE_FUNDED", color: "var(--accent-600)" },
];

export function Autonomy({ years, target }: { years: AutonomyYear[]; target: AutonomyTarget | null }) {
  const latest = years.at(-1);
  const latestShare = latest ? financialAutonomyShare(LEVELS.map(({ level }) => ({ level, units: latest.units[level] ?? 0 }))) : null;
  const data = years.map((y) => ({
    label: String(y.year),
    values: Object.fromEntries(LEVELS.map(({ level }) => [level, y.units[level] ?? 0])),
  }));
  return (
    <section aria-labelledby="autonomy" className="space-y-3">
      <h2 id="autonomy" className="text-lg font-semibold text-brand-900">{t("staffing.autonomy.heading")}</h2>
      <StackedBarChart
        title={t("staffing.autonomy.chart")}
        categoryLabel={t("staffing.col.year")}
        series={LEVELS.map(({ level, color }) => ({ key: level, label: t(`staffing.autonomy.${level}`), color }))}
        data={data}
        totalLabel={t("staffing.col.total")}
        testId="autonomy-chart"
      />
      <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
        <table className="min-w-full text-left text-sm" data-testid="autonomy-table">
          <caption className="sr-only">{t("staffing.autonomy.tableCaption")}</caption>
          <thead className="bg-brand-50 text-brand-900">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">{t("staffing.col.year")}</th>
              {LEVELS.map(({ level }) => (
                <th key={level} scope="col" className="px-3 py-3 text-right font-semibold">{t(`staffing.autonomy.${level}`)}</th>
              ))}
              <th scope="col" className="px-3 py-3 text-right font-semibold">{t("staffing.col.total")}</th>
              <th scope="col" className="px-3 py-3 text-right font-semibold">{t("staffing.autonomy.share")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-border">
            {years.map((y) => {
              const share = financialAutonomyShare(LEVELS.map(({ level }) => ({ level, units: y.units[level] ?? 0 })));
              return (
                <tr key={y.year} data-testid={`autonomy-${y.year}`}>
                  <th scope="row" className="px-4 py-3 font-medium">{y.year}</th>
                  {LEVELS.map(({ level }) => (
                    <td key={level} className="px-3 py-3 text-right tabular-nums">{formatNumber(y.units[level] ?? 0)}</td>
                  ))}
                  <td className="px-3 py-3 text-right font-semibold tabular-nums" data-testid={`autonomy-total-${y.year}`}>{formatNumber(y.total)}</td>
                  <td className="px-3 py-3 text-right tabular-nums">{share === null ? t("common.noData") : formatPercent(share)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-foreground" data-testid="autonomy-target">
        {target && latest && latestShare !== null
          ? t(latestShare * 100 >= target.percent ? "staffing.autonomy.targetMet" : "staffing.autonomy.targetNotMet", {
              percent: formatPercent(target.percent / 100, 0),
              targetYear: target.targetYear,
              share: formatPercent(latestShare),
              year: latest.year,
            })
          : t("staffing.autonomy.noTarget")}
      </p>
    </section>
  );
}
