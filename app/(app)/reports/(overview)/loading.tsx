import { PageSkeleton } from "@/components/ui/skeleton";

// The reports' board: the quarter, then agencies × four quarters.
export default function Loading() {
  return <PageSkeleton filters={1} table={{ rows: 12, columns: 5 }} />;
}
