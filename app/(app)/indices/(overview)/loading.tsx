import { PageSkeleton } from "@/components/ui/skeleton";

// The indices: one row per index.
export default function Loading() {
  return <PageSkeleton table={{ rows: 5, columns: 6 }} />;
}
