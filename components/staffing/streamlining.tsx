// Streamlining cases per year and level of the agency (province, district, commune).
import { StackedBarChart } from "@/components/charts/stacked-bar-chart";
import type { AdminLevel } from "@/lib/generated/prisma/enums";
import type { StreamliningCount } from "@/lib/data/staffing";
import { useTranslations } from "next-intl";
import { Section } from "@/components/ui/section";

const LEVELS: { level: AdminLevel; color: string }[] = [
  { level: "PROVINCE", color: "var(--brand-900)" },
  { level: "DISTRICT", color: "var(--brand-600)" },
  { level: "COMMUNE", color: "var(--accent-600)" },
];

export function Streamlining({ counts }: { counts: StreamliningCount[] }) {
  const t = useTranslations();
  const years = [...new Set(counts.map((c) => c.year))].sort((a, b) => a - b);
  const data = years.map((year) => ({
    label: String(year),
    values: Object.fromEntries(LEVELS.map(({ level }) => [level, counts.find((c) => c.year === year && c.level === level)?.cases ?? 0])),
  }));
  return (
    <Section id="streamlining" title={t("staffing.streamlining.heading")}>
      <StackedBarChart title={t("staffing.streamlining.chart")} categoryLabel={t("staffing.col.year")}
        series={LEVELS.map(({ level, color }) => ({ key: level, label: t(`staffing.level.${level}`), color }))} data={data}
        totalLabel={t("staffing.col.total")} testId="streamlining-chart" />
    </Section>
  );
}
