// The public page's chart (issue 21): the province's service index and on-time rate month by month,
// drawn on the server as an SVG that scales to the screen, with its figures' table (STYLE §9). The
// public page runs no script (its CSP is script-src 'none', proxy.ts), so the app's recharts charts,
// which draw only in the browser, cannot serve here. A month without dossiers is a gap in the line.
import { ChartTable } from "@/components/charts/chart-table";
import type { PublicMonth } from "@/lib/data/province/public-service-index";
import type { Intl } from "@/lib/i18n/translator";

const [WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM] = [720, 240, 36, 12, 10, 28];
const TICKS = [0, 25, 50, 75, 100];

/** The line's segments on 0–100: a null value breaks it. */
export function segments(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string[] {
  const out: string[] = [];
  let current: string[] = [];
  values.forEach((value, i) => {
    if (value === null) {
      if (current.length > 0) out.push(current.join(" "));
      current = [];
    } else current.push(`${x(i).toFixed(1)},${y(value).toFixed(1)}`);
  });
  if (current.length > 0) out.push(current.join(" "));
  return out;
}

/** `intl`: the page's language, which is its route's (components/service-index/public-page.tsx), not the request's. */
export function PublicTrend({ months, intl: { t, f } }: { months: PublicMonth[]; intl: Intl }) {
  const label = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;
  const step = months.length > 1 ? (WIDTH - LEFT - RIGHT) / (months.length - 1) : 0;
  const x = (i: number) => LEFT + i * step;
  const y = (v: number) => TOP + ((100 - Math.max(0, Math.min(100, v))) / 100) * (HEIGHT - TOP - BOTTOM);
  const series = [
    { name: t("public.col.score"), color: "var(--chart-line)", values: months.map((m) => m.score) },
    { name: `${t("public.col.onTime")} (%)`, color: "var(--chart-early)", values: months.map((m) => (m.onTime === null ? null : m.onTime * 100)) },
  ];
  const rows = months.map((m) => [
    label(m.month),
    m.score === null ? t("common.noData") : f.decimal(m.score, 2),
    m.onTime === null ? t("common.noData") : f.percent(m.onTime),
    f.number(m.toProcess),
  ]);
  return (
    <figure className="rounded-lg border border-border bg-surface p-4 shadow-sm" data-testid="public-chart">
      <figcaption className="font-semibold text-brand-900">{t("public.chartLabel")}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="mt-3 h-auto w-full" aria-hidden="true" role="presentation">
        {TICKS.map((tick) => (
          <g key={tick}>
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(tick)} y2={y(tick)} stroke="var(--chart-grid)" strokeDasharray="3 3" />
            <text x={LEFT - 6} y={y(tick) + 4} textAnchor="end" fontSize={12} fill="var(--muted)">
              {tick}
            </text>
          </g>
        ))}
        {months.map((m, i) => (i % 2 === months.length % 2 ? null : (
          <text key={m.key} x={x(i)} y={HEIGHT - 8} textAnchor="middle" fontSize={12} fill="var(--muted)">
            {label(m.month)}
          </text>
        )))}
        {series.map((s) =>
          segments(s.values, x, y).map((points) => <polyline key={`${s.name}-${points}`} points={points} fill="none" stroke={s.color} strokeWidth={2.5} />),
        )}
      </svg>
      <ul className="mt-2 flex flex-wrap gap-4 text-sm" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name} className="flex items-center gap-2">
            <span className="inline-block h-1 w-6 rounded" style={{ background: s.color }} />
            {s.name}
          </li>
        ))}
      </ul>
      <ChartTable caption={t("public.chartLabel")} columns={[t("public.col.period"), t("public.col.score"), t("public.col.onTime"), t("public.col.toProcess")]} rows={rows} testId="public-chart-table" />
    </figure>
  );
}
