import { PageSkeleton } from "@/components/ui/skeleton";

// The staffing page: progress towards the targets, the province's totals, then the quota rows.
export default function Loading() {
  return <PageSkeleton table={{ rows: 7, columns: 4 }} secondTable={{ rows: 8, columns: 7 }} />;
}
