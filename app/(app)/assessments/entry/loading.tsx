import { PageSkeleton } from "@/components/ui/skeleton";

// The entry page: year, group and agency, then the bands, criteria and the agency's form.
export default function Loading() {
  return <PageSkeleton crumbs filters={3} form={6} />;
}
