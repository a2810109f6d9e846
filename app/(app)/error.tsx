"use client";
// Errors of a page inside the shell: the banner and menu stay, the page area shows the panel.
import { ErrorPanel } from "@/components/shell/error-panel";

export default function AppError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorPanel error={error} retry={retry} />;
}
