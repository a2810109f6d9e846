import { PageSkeleton } from "@/components/ui/skeleton";

// The province's drill-down: links, filters, then agencies × the nine figures.
export default function Loading() {
  return <PageSkeleton crumbs links filters={3} table={{ rows: 12, columns: 10 }} />;
}
