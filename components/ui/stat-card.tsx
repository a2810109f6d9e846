// One headline figure. Rendered as a <div> of a <dl>: the label is the term, the value its
// description, which screen readers announce as a pair. A note (e.g. a share of the total) is a
// second description of the same term: a <dl> may hold nothing else (axe: dlitem, definition-list).
type StatCardProps = {
  label: string;
  /** already formatted for display, e.g. "3.761.706" */
  value: string;
  testId?: string;
  note?: string;
  noteTestId?: string;
};

export function StatCard({ label, value, testId, note, noteTestId }: StatCardProps) {
  return (
    <div className="rounded-lg border border-border border-l-4 border-l-brand-600 bg-surface p-5 shadow-sm" data-print="keep">
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="mt-2 text-3xl font-semibold tabular-nums text-brand-900" data-testid={testId}>
        {value}
      </dd>
      {note !== undefined ? (
        <dd className="mt-1 text-sm text-muted" data-testid={noteTestId}>
          {note}
        </dd>
      ) : null}
    </div>
  );
}

/** The placeholder of a StatCard while its figure loads. */
export function StatCardSkeleton() {
  return (
    <div aria-hidden="true" className="rounded-lg border border-border border-l-4 border-l-brand-100 bg-surface p-5 shadow-sm">
      <div className="h-4 w-32 animate-pulse rounded bg-brand-100" />
      <div className="mt-3 h-8 w-24 animate-pulse rounded bg-brand-100" />
    </div>
  );
}
