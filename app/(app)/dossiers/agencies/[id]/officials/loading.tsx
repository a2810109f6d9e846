import { PageSkeleton } from "@/components/ui/skeleton";

// An agency's officials: filters, then officials × the nine figures.
export default function Loading() {
  return <PageSkeleton crumbs filters={2} table={{ rows: 12, columns: 10 }} />;
}
