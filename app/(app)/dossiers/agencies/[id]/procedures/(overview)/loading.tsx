import { PageSkeleton } from "@/components/ui/skeleton";

// An agency's procedures: filters, then procedures × the nine figures.
export default function Loading() {
  return <PageSkeleton crumbs filters={3} table={{ rows: 12, columns: 10 }} />;
}
