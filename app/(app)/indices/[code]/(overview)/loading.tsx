import { PageSkeleton, Skeleton } from "@/components/ui/skeleton";

// One index: its trend chart and yearly table, then its components.
export default function Loading() {
  return (
    <div className="space-y-8">
      <PageSkeleton table={{ rows: 6, columns: 6 }} secondTable={{ rows: 8, columns: 7 }} />
      <Skeleton className="h-64" />
    </div>
  );
}
