import { PageSkeleton } from "@/components/ui/skeleton";

// One import: its file, four counts, then the rejected rows.
export default function Loading() {
  return <PageSkeleton crumbs cards={4} table={{ rows: 6, columns: 3 }} />;
}
