import { PageSkeleton } from "@/components/ui/skeleton";

// One account: its particulars, then the role, status and password forms.
export default function Loading() {
  return <PageSkeleton crumbs form={4} />;
}
