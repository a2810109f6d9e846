import { PageSkeleton } from "@/components/ui/skeleton";

// The catalogue: its indicators, then the rules and their forms.
export default function Loading() {
  return <PageSkeleton table={{ rows: 12, columns: 8 }} form={6} />;
}
