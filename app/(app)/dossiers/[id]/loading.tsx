import { PageSkeleton } from "@/components/ui/skeleton";

// One dossier: its outcome, timeline and fields.
export default function Loading() {
  return <PageSkeleton crumbs form={6} />;
}
