// A titled group of cards on the scorecard, streamed in its own <Suspense> with a skeleton of as
// many cards as it will show.
import { Suspense, type ReactNode } from "react";
import { CardsSkeleton, LoadingStatus } from "@/components/ui/skeleton";

export { CARD_GRID } from "@/components/ui/skeleton";

type Props = {
  id: string;
  title: string;
  note?: string;
  /** cards in the skeleton while the section loads */
  cards: number;
  /** a new key restarts the loading state (the period or the sort changed) */
  loadingKey?: string;
  /** shown under the title, outside the loading boundary (e.g. the units view switch) */
  before?: ReactNode;
  children: ReactNode;
};

export function ScorecardSection({ id, title, note, cards, loadingKey, before, children }: Props) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3" data-testid={`section-${id}`}>
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-brand-900">
          {title}
        </h2>
        {note ? <p className="text-sm text-muted">{note}</p> : null}
      </div>
      {before}
      <Suspense
        key={loadingKey}
        fallback={
          <>
            <LoadingStatus />
            <CardsSkeleton count={cards} tall />
          </>
        }
      >
        {children}
      </Suspense>
    </section>
  );
}
