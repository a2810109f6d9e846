import { PageSkeleton } from "@/components/ui/skeleton";

// The API tokens: the form of a new one, then the tokens.
export default function Loading() {
  return <PageSkeleton form={2} table={{ rows: 4, columns: 6 }} />;
}
