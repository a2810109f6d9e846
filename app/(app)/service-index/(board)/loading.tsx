import { PageSkeleton } from "@/components/ui/skeleton";

// The service index board: heading, period choice, the province's figures, one table per group.
export default function Loading() {
  return <PageSkeleton filters={1} cards={3} table={{ rows: 10, columns: 6 }} />;
}
