"use client";
// Dossiers resolved each month by outcome (stacked) and those overdue at the month's end. Plain
// props from the server; the scorecard shows the same figures in a table beside it.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type OutcomePoint = { label: string; early: number; onTime: number; late: number; overdue: number };

type Props = { points: OutcomePoint[]; label: string; names: Record<"early" | "onTime" | "late" | "overdue", string> };

const number = (value: unknown) => (typeof value === "number" ? value.toLocaleString("vi-VN") : String(value));

export function DossierOutcomesChart({ points, label, names }: Props) {
  return (
    <figure className="h-72 w-full" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" stroke="var(--muted)" fontSize={12} />
          <YAxis stroke="var(--muted)" fontSize={12} width={56} tickFormatter={number} />
          <Tooltip formatter={number} />
          <Legend />
          <Bar dataKey="early" stackId="resolved" name={names.early} fill="var(--chart-early)" isAnimationActive={false} />
          <Bar dataKey="onTime" stackId="resolved" name={names.onTime} fill="var(--chart-on-time)" isAnimationActive={false} />
          <Bar dataKey="late" stackId="resolved" name={names.late} fill="var(--chart-late)" isAnimationActive={false} />
          <Bar dataKey="overdue" stackId="resolved" name={names.overdue} fill="var(--chart-overdue)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
