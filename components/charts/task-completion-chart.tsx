"use client";
// Tasks assigned each month by what became of them (stacked): done on time, done late, not done.
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TaskPoint = { label: string; doneOnTime: number; doneLate: number; notDone: number };

type Props = { points: TaskPoint[]; label: string; names: Record<"doneOnTime" | "doneLate" | "notDone", string> };

const number = (value: unknown) => (typeof value === "number" ? value.toLocaleString("vi-VN") : String(value));

export function TaskCompletionChart({ points, label, names }: Props) {
  return (
    <figure className="h-72 w-full" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" stroke="var(--muted)" fontSize={12} />
          <YAxis stroke="var(--muted)" fontSize={12} width={48} tickFormatter={number} allowDecimals={false} />
          <Tooltip formatter={number} />
          <Legend />
          <Bar dataKey="doneOnTime" stackId="tasks" name={names.doneOnTime} fill="var(--chart-on-time)" isAnimationActive={false} />
          <Bar dataKey="doneLate" stackId="tasks" name={names.doneLate} fill="var(--chart-late)" isAnimationActive={false} />
          <Bar dataKey="notDone" stackId="tasks" name={names.notDone} fill="var(--chart-overdue)" isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
