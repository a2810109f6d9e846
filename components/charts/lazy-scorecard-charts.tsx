"use client";
// The scorecard's charts, loaded after the page is interactive: recharts stays out of the route's
// first-load JavaScript. The figures are on the page meanwhile in the cards and the tables.
import dynamic from "next/dynamic";

function ChartPlaceholder() {
  return <div aria-hidden="true" className="h-72 w-full animate-pulse rounded bg-brand-50" />;
}

export const LazyStackedBarChart = dynamic(() => import("./stacked-bar-chart").then((m) => m.StackedBarChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const LazyShareLinesChart = dynamic(() => import("./share-lines-chart").then((m) => m.ShareLinesChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
