import { PageSkeleton } from "@/components/ui/skeleton";

// A report's history: every step and value change, newest first.
export default function Loading() {
  return <PageSkeleton crumbs table={{ rows: 10, columns: 6 }} />;
}
