import { CardsSkeleton, FiltersSkeleton, LoadingStatus, Skeleton, TableSkeleton } from "@/components/ui/skeleton";

// The scorecard: heading and period line, the period picker, then its sections of cards.
export default function Loading() {
  return (
    <div className="space-y-8">
      <LoadingStatus />
      <div className="space-y-2" aria-hidden="true">
        <Skeleton className="h-8 w-80" />
        <Skeleton className="h-6 w-56" />
        <Skeleton className="h-4 w-full max-w-2xl bg-brand-50" />
      </div>
      <div className="rounded-lg border border-border bg-surface p-4">
        <FiltersSkeleton fields={1} />
      </div>
      <CardsSkeleton count={10} tall />
      <CardsSkeleton count={5} tall />
      <TableSkeleton rows={8} columns={5} />
    </div>
  );
}
