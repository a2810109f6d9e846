import { PageSkeleton } from "@/components/ui/skeleton";

// The periods page: the reopening form, then the periods.
export default function Loading() {
  return <PageSkeleton form={4} table={{ rows: 8, columns: 4 }} />;
}
