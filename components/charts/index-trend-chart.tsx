"use client";
// An index's score over the years, with the national average where known. Plain props from the
// server; the page shows the same figures in a table (the chart's text equivalent).
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormat } from "@/lib/i18n/use-format";
import { legendText } from "./chart-figure";

export type TrendPoint = { year: number; score: number | null; average: number | null };

type Props = { points: TrendPoint[]; max: number; label: string; scoreName: string; averageName: string };

export function IndexTrendChart({ points, max, label, scoreName, averageName }: Props) {
  const f = useFormat();
  const hasAverage = points.some((p) => p.average !== null);
  return (
    <figure className="h-64 w-full" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
          <XAxis dataKey="year" stroke="var(--muted)" />
          <YAxis domain={[0, max]} stroke="var(--muted)" width={48} tickFormatter={(v: number) => f.score(v)} />
          <Tooltip formatter={(value) => (typeof value === "number" ? f.score(value) : String(value))} />
          <Legend formatter={legendText} />
          <Line type="monotone" dataKey="score" name={scoreName} stroke="var(--brand-600)" strokeWidth={2} connectNulls={false} dot />
          {hasAverage ? (
            <Line type="monotone" dataKey="average" name={averageName} stroke="var(--accent-600)" strokeDasharray="4 4" dot />
          ) : null}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
