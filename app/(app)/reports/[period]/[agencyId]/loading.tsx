import { PageSkeleton } from "@/components/ui/skeleton";

// A report: its status and window, then a table of values per PAR area.
export default function Loading() {
  return <PageSkeleton crumbs table={{ rows: 8, columns: 5 }} secondTable={{ rows: 6, columns: 5 }} />;
}
