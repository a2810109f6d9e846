import { PageSkeleton } from "@/components/ui/skeleton";

// The scorecard: heading and period line, the period picker, its cards, the league table.
export default function Loading() {
  return <PageSkeleton filters={1} boxedFilters cards={10} charts={2} table={{ rows: 8, columns: 5 }} />;
}
