import { PageSkeleton } from "@/components/ui/skeleton";

// The flags: three tabs, then a table of flags.
export default function Loading() {
  return <PageSkeleton crumbs links table={{ rows: 6, columns: 4 }} />;
}
