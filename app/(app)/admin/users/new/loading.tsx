import { PageSkeleton } from "@/components/ui/skeleton";

// A new account: its form.
export default function Loading() {
  return <PageSkeleton crumbs form={5} />;
}
