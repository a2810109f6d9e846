"use client";
// Shares over time as lines in percent (0–100), e.g. dossiers received online and synced to the
// national portal each month. A share without a denominator is null: the line has a gap, not a 0.
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useFormat } from "@/lib/i18n/use-format";
import { legendText } from "./chart-figure";

export type ShareSeries = { key: string; name: string; colour: string };

type Props = { points: ({ label: string } & Record<string, number | string | null>)[]; series: ShareSeries[]; label: string; max?: number };

// the same two decimals and no-break space before "%" as every rate (lib/i18n/format)

export function ShareLinesChart({ points, series, label, max = 100 }: Props) {
  const f = useFormat();
  const percent = (value: unknown) => (typeof value === "number" ? f.percent(value / 100) : String(value));
  return (
    <figure className="h-72 w-full" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
          <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" stroke="var(--muted)" fontSize={12} />
          <YAxis domain={[0, max]} stroke="var(--muted)" fontSize={12} width={48} tickFormatter={(v: number) => f.number(v)} unit="%" />
          <Tooltip formatter={percent} />
          <Legend formatter={legendText} />
          {series.map((s) => (
            <Line key={s.key} type="monotone" dataKey={s.key} name={s.name} stroke={s.colour} strokeWidth={2} dot={false} connectNulls={false} isAnimationActive={false} />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
