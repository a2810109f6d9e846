import { PageSkeleton } from "@/components/ui/skeleton";

// The imports: the upload form, then the history.
export default function Loading() {
  return <PageSkeleton form={2} table={{ rows: 8, columns: 6 }} />;
}
