import { PageSkeleton } from "@/components/ui/skeleton";

// An agency's page: its particulars, five counts, then its tasks and index components.
export default function Loading() {
  return <PageSkeleton cards={5} table={{ rows: 6, columns: 8 }} />;
}
