import { PageSkeleton } from "@/components/ui/skeleton";

// The accounts: the search box, then a page of accounts.
export default function Loading() {
  return <PageSkeleton filters={1} table={{ rows: 10, columns: 6 }} />;
}
