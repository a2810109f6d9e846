import { PageSkeleton } from "@/components/ui/skeleton";

// The assessment board: year and group, the bands, then a row per agency.
export default function Loading() {
  return <PageSkeleton filters={2} links table={{ rows: 10, columns: 6 }} />;
}
