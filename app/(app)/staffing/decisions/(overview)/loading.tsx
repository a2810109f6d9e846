import { PageSkeleton } from "@/components/ui/skeleton";

// The decisions: their list, then the form of a new one.
export default function Loading() {
  return <PageSkeleton table={{ rows: 5, columns: 6 }} form={4} />;
}
