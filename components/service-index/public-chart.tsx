"use client";
// The province's service index and on-time rate month by month, with the figures' table (STYLE §9).
// A month without dossiers has no figure: a gap in the line, "không có dữ liệu" in the table.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure, legendText } from "@/components/charts/chart-figure";
import type { PublicMonth } from "@/lib/data/province/public-service-index";
import { t } from "@/lib/i18n";
import { formatDecimal, formatNumber, formatPercent } from "@/lib/i18n/format";

export function PublicChart({ months }: { months: PublicMonth[] }) {
  const label = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
  const points = months.map((m) => ({ label: label(m.month), score: m.score, onTime: m.onTime === null ? null : Math.round(m.onTime * 10000) / 100 }));
  const rows = months.map((m) => [
    label(m.month),
    m.score === null ? t("common.noData") : formatDecimal(m.score),
    m.onTime === null ? t("common.noData") : formatPercent(m.onTime),
    formatNumber(m.toProcess),
  ]);
  return (
    <ChartFigure
      title={t("public.chartLabel")}
      testId="public-chart"
      table={{ columns: [t("public.col.period"), t("public.col.score"), t("public.col.onTime"), t("public.col.toProcess")], rows, testId: "public-chart-table" }}
    >
      <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" stroke="var(--muted)" fontSize={12} />
        <YAxis domain={[0, 100]} stroke="var(--muted)" fontSize={12} width={40} tickFormatter={(v: number) => formatNumber(v)} />
        <Tooltip formatter={(value: unknown) => (typeof value === "number" ? formatDecimal(value, 2) : String(value))} />
        <Legend formatter={legendText} />
        <Line type="monotone" dataKey="score" name={t("public.col.score")} stroke="var(--chart-line)" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
        <Line type="monotone" dataKey="onTime" name={`${t("public.col.onTime")} (%)`} stroke="var(--chart-early)" strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </ChartFigure>
  );
}
