// What a list, a section or a page shows when it has nothing to show: one calm sentence, in a
// box the size of the content it stands for. (A Table with no rows keeps its headers and says it
// in a row of its own: Table's `empty`.)
import type { ReactNode } from "react";

export function EmptyState({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="rounded-md border border-border bg-surface px-4 py-6 text-center text-muted" data-testid={testId}>
      {children}
    </p>
  );
}
