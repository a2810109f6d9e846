// A tiny line of yearly scores drawn on the server as SVG (no client JavaScript); its values are
// given in words to screen readers.
type SparklineProps = { points: { year: number; score: number | null }[]; label: string };

const WIDTH = 120;
const HEIGHT = 32;

export function Sparkline({ points, label }: SparklineProps) {
  const scored = points.filter((p): p is { year: number; score: number } => p.score !== null);
  if (scored.length < 2) return null;
  const years = scored.map((p) => p.year);
  const scores = scored.map((p) => p.score);
  const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];
  const [low, high] = [Math.min(...scores), Math.max(...scores)];
  const x = (year: number) => (maxYear === minYear ? WIDTH / 2 : ((year - minYear) / (maxYear - minYear)) * (WIDTH - 4) + 2);
  const y = (score: number) => (high === low ? HEIGHT / 2 : HEIGHT - 3 - ((score - low) / (high - low)) * (HEIGHT - 6));
  const path = scored.map((p) => `${x(p.year).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  const last = scored.at(-1)!;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className="h-8 w-30 max-w-full" preserveAspectRatio="none">
      <polyline points={path} fill="none" stroke="var(--chart-line)" strokeWidth="1.5" vectorEffect="non-scaling-stroke" />
      <circle cx={x(last.year)} cy={y(last.score)} r="2.5" fill="var(--chart-line)" />
    </svg>
  );
}
