import { PageSkeleton } from "@/components/ui/skeleton";

// A procedure's months: filters, then months × the nine figures.
export default function Loading() {
  return <PageSkeleton crumbs filters={3} table={{ rows: 12, columns: 10 }} />;
}
