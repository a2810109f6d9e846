"use client";
// The scorecard's charts, loaded after the page is interactive: recharts stays out of the route's
// first-load JavaScript, and the figures are on the page meanwhile in the tables beside the charts.
import dynamic from "next/dynamic";

function ChartPlaceholder() {
  return <div aria-hidden="true" className="h-72 w-full animate-pulse rounded bg-brand-50" />;
}

export const LazyDossierOutcomesChart = dynamic(() => import("./dossier-outcomes-chart").then((m) => m.DossierOutcomesChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const LazyShareLinesChart = dynamic(() => import("./share-lines-chart").then((m) => m.ShareLinesChart), {
  ssr: false,
  loading: ChartPlaceholder,
});

export const LazyTaskCompletionChart = dynamic(() => import("./task-completion-chart").then((m) => m.TaskCompletionChart), {
  ssr: false,
  loading: ChartPlaceholder,
});
