"use client";
// Bars of several series per category, stacked (units by autonomy level per year, tasks by status
// per quarter) or side by side, with the table of the same figures.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { useFormat } from "@/lib/i18n/use-format";
import { ChartFigure, legendText, tooltipNumber } from "./chart-figure";

export type BarSeries = { key: string; label: string; color: string };
export type BarDatum = { label: string; values: Record<string, number> };

type Props = {
  title: string;
  categoryLabel: string;
  series: BarSeries[];
  data: BarDatum[];
  stacked?: boolean;
  /** also show each row's total in the table */
  totalLabel?: string;
  testId?: string;
};

export function StackedBarChart({ title, categoryLabel, series, data, stacked = true, totalLabel, testId }: Props) {
  const f = useFormat();
  const rows = data.map((d) => ({ label: d.label, ...d.values }));
  const tableRows = data.map((d) => {
    const cells = series.map((s) => f.number(d.values[s.key] ?? 0));
    const total = series.reduce((sum, s) => sum + (d.values[s.key] ?? 0), 0);
    return [d.label, ...cells, ...(totalLabel ? [f.number(total)] : [])];
  });
  return (
    <ChartFigure title={title} testId={testId} table={{ columns: [categoryLabel, ...series.map((s) => s.label), ...(totalLabel ? [totalLabel] : [])], rows: tableRows }}>
      <BarChart accessibilityLayer={false} data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="label" stroke="var(--muted)" />
        <YAxis stroke="var(--muted)" tickFormatter={(v: number) => f.number(v)} width={56} allowDecimals={false} />
        <Tooltip formatter={tooltipNumber(f.number)} />
        <Legend formatter={legendText} />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.label} fill={s.color} stackId={stacked ? "stack" : undefined} />
        ))}
      </BarChart>
    </ChartFigure>
  );
}
