import { PageSkeleton } from "@/components/ui/skeleton";

// The entry page: the year's form, the ownership matrix, the components' maxima.
export default function Loading() {
  return <PageSkeleton crumbs links form={8} table={{ rows: 6, columns: 4 }} />;
}
