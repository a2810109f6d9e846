import { PageSkeleton } from "@/components/ui/skeleton";

// One decision: its number and date, then its lines.
export default function Loading() {
  return <PageSkeleton crumbs form={3} table={{ rows: 6, columns: 5 }} />;
}
