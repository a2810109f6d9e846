import { PageSkeleton } from "@/components/ui/skeleton";

// The heat map: a line of years, then agencies × twelve months.
export default function Loading() {
  return <PageSkeleton crumbs links table={{ rows: 14, columns: 13 }} />;
}
