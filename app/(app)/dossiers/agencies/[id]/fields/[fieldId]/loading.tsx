import { PageSkeleton } from "@/components/ui/skeleton";

// A procedure field of an agency: filters, then its procedures × the nine figures.
export default function Loading() {
  return <PageSkeleton crumbs filters={3} table={{ rows: 10, columns: 10 }} />;
}
