// Public service units at each autonomy level over the years (stacked), and the share that is
// financially autonomous (covers at least its recurrent spending) against its target, if any.
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import { Table, type Column } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import type { AutonomyLevel } from "@/lib/generated/prisma/enums";
import type { AutonomyTarget, AutonomyYear } from "@/lib/data/staffing";
import { financialAutonomyShare } from "@/lib/metrics/staffing";
import { useTranslations } from "next-intl";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import type { Translator } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";

export const AUTONOMY_LEVELS: { level: AutonomyLevel; color: string }[] = [
  { level: "INVESTMENT_AND_RECURRENT", color: "var(--brand-950)" },
  { level: "RECURRENT", color: "var(--brand-700)" },
  { level: "PARTIAL_70_100", color: "var(--brand-600)" },
  { level: "PARTIAL_30_70", color: "var(--muted)" },
  { level: "PARTIAL_10_30", color: "var(--accent-700)" },
  { level: "STATE_FUNDED", color: "var(--accent-600)" },
];

export const shareOf = (y: AutonomyYear) => financialAutonomyShare(AUTONOMY_LEVELS.map(({ level }) => ({ level, units: y.units[level] ?? 0 })));

function autonomyColumns(t: Translator, f: LocaleFormat): Column<AutonomyYear>[] {
  return [
    { key: "year", header: t("staffing.col.year"), rowHeader: true, cell: (y) => y.year },
    ...AUTONOMY_LEVELS.map(({ level }) => ({ key: level, header: t(`staffing.autonomy.${level}`), numeric: true, cell: (y: AutonomyYear) => f.number(y.units[level] ?? 0) })),
    {
      key: "total",
      header: t("staffing.col.total"),
      numeric: true,
      className: "font-semibold",
      cellData: (y) => ({ "data-testid": `autonomy-total-${y.year}` }),
      cell: (y) => f.number(y.total),
    },
    {
      key: "share",
      header: t("staffing.autonomy.share"),
      numeric: true,
      cell: (y) => {
        const share = shareOf(y);
        return share === null ? t("common.noData") : f.percent(share);
      },
    },
  ];
}

export function Autonomy({ years, target }: { years: AutonomyYear[]; target: AutonomyTarget | null }) {
  const t = useTranslations();
  const f = useFormat();
  const latest = years.at(-1);
  const latestShare = latest ? shareOf(latest) : null;
  const data = years.map((y) => ({
    label: String(y.year),
    values: Object.fromEntries(AUTONOMY_LEVELS.map(({ level }) => [level, y.units[level] ?? 0])),
  }));
  return (
    <Section id="autonomy" title={t("staffing.autonomy.heading")}>
      <StackedBarChart title={t("staffing.autonomy.chart")} categoryLabel={t("staffing.col.year")}
        series={AUTONOMY_LEVELS.map(({ level, color }) => ({ key: level, label: t(`staffing.autonomy.${level}`), color }))} data={data}
        totalLabel={t("staffing.col.total")} testId="autonomy-chart" />
      <Table caption={t("staffing.autonomy.tableCaption")} columns={autonomyColumns(t, f)} rows={years} rowKey={(y) => y.year} rowProps={(y) => ({ "data-testid": `autonomy-${y.year}` })} testId="autonomy-table" />
      <p className="text-sm text-foreground" data-testid="autonomy-target">
        {target && latest && latestShare !== null
          ? t(latestShare * 100 >= target.percent ? "staffing.autonomy.targetMet" : "staffing.autonomy.targetNotMet", {
              percent: f.percent(target.percent / 100, 0),
              targetYear: String(target.targetYear),
              share: f.percent(latestShare),
              year: String(latest.year),
            })
          : t("staffing.autonomy.noTarget")}
      </p>
    </Section>
  );
}
