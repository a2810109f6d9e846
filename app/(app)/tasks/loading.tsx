import { CardsSkeleton, FiltersSkeleton, LoadingStatus, Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// The tasks page: its period filter, five figures, two charts, then the per-agency table and the list.
export default function Loading() {
  return (
    <div className="space-y-8">
      <LoadingStatus />
      <div className="space-y-3" aria-hidden="true">
        <Skeleton className="h-8 w-72" />
        <Skeleton className="h-4 w-full max-w-3xl bg-brand-50" />
      </div>
      <div className="rounded-lg border border-border bg-surface p-4">
        <FiltersSkeleton fields={3} />
      </div>
      <CardsSkeleton count={5} />
      <div className="grid gap-4 lg:grid-cols-2" aria-hidden="true">
        <Skeleton className="h-64" />
        <Skeleton className="h-64" />
      </div>
      <TableSkeleton rows={8} columns={8} />
    </div>
  );
}
