import { PageSkeleton } from "@/components/ui/skeleton";

// Approved totals of a quarter: the quarter, then one row per indicator.
export default function Loading() {
  return <PageSkeleton crumbs filters={1} table={{ rows: 12, columns: 4 }} />;
}
