import { PageSkeleton } from "@/components/ui/skeleton";

// The headcount report: the year, then a form per category.
export default function Loading() {
  return <PageSkeleton filters={1} form={5} />;
}
