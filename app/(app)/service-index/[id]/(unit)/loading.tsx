import { PageSkeleton } from "@/components/ui/skeleton";

// A unit's service index: heading, period choice, what to fix, the groups and indicators.
export default function Loading() {
  return <PageSkeleton filters={1} cards={3} table={{ rows: 10, columns: 6 }} />;
}
