import { PageSkeleton } from "@/components/ui/skeleton";

// The schedules, then the failed jobs.
export default function Loading() {
  return <PageSkeleton table={{ rows: 4, columns: 4 }} />;
}
