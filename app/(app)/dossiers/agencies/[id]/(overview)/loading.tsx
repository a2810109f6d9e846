import { PageSkeleton } from "@/components/ui/skeleton";

// An agency's drill-down: links, filters, then its procedure fields × the nine figures.
export default function Loading() {
  return <PageSkeleton crumbs links filters={3} table={{ rows: 10, columns: 10 }} />;
}
