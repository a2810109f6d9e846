import { PageSkeleton } from "@/components/ui/skeleton";

// The targets: a form per target.
export default function Loading() {
  return <PageSkeleton crumbs form={6} />;
}
