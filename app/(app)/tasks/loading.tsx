import { PageSkeleton } from "@/components/ui/skeleton";

// The tasks page: its period filter, five figures, two charts, then the per-agency table.
export default function Loading() {
  return <PageSkeleton filters={3} boxedFilters cards={5} charts={2} table={{ rows: 8, columns: 8 }} />;
}
