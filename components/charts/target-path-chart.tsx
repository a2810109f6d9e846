"use client";
// Path needed versus path taken towards a target (issue 8): the straight line from the baseline
// to the target level, the recorded yearly values, and the projection at the current pace.
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import { useFormat } from "@/lib/i18n/use-format";
import { ChartFigure, legendText, tooltipNumber } from "./chart-figure";

export type TargetPathPoint = { year: number; needed: number | null; taken: number | null; projected: number | null };

type Props = {
  title: string;
  points: TargetPathPoint[];
  labels: { year: string; needed: string; taken: string; projected: string };
  testId?: string;
};


export function TargetPathChart({ title, points, labels, testId }: Props) {
  const f = useFormat();
  const show = (value: number | null) => (value === null ? "—" : f.number(value));
  return (
    <ChartFigure title={title} testId={testId} table={{ columns: [labels.year, labels.needed, labels.taken, labels.projected], rows: points.map((p) => [String(p.year), show(p.needed), show(p.taken), show(p.projected)]) }}>
      <LineChart accessibilityLayer={false} data={points} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
        <XAxis dataKey="year" stroke="var(--muted)" />
        <YAxis stroke="var(--muted)" domain={["auto", "auto"]} tickFormatter={(v: number) => f.number(v)} width={64} />
        <Tooltip formatter={tooltipNumber(f.number)} />
        <Legend formatter={legendText} />
        <Line type="linear" dataKey="needed" name={labels.needed} stroke="var(--muted)" strokeDasharray="6 4" dot={false} connectNulls />
        <Line type="linear" dataKey="taken" name={labels.taken} stroke="var(--brand-700)" strokeWidth={3} connectNulls />
        <Line type="linear" dataKey="projected" name={labels.projected} stroke="var(--accent-600)" strokeDasharray="2 4" connectNulls />
      </LineChart>
    </ChartFigure>
  );
}
