"use client";
// Errors of the shell itself (e.g. the database is down while the banner reads the province):
// (app)/error.tsx cannot catch what its own layout throws, this boundary can.
import { ErrorPanel } from "@/components/shell/error-panel";

export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main-content" className="px-4 py-10 sm:py-16">
      <ErrorPanel error={error} retry={retry} />
    </main>
  );
}
