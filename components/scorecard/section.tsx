// A titled group of cards on the scorecard, with its skeleton while the figures load.
import type { ReactNode } from "react";
import { t } from "@/lib/i18n";

export function ScorecardSection({ id, title, note, children }: { id: string; title: string; note?: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3" data-testid={`section-${id}`}>
      <div>
        <h2 id={`${id}-heading`} className="text-lg font-semibold text-brand-900">
          {title}
        </h2>
        {note ? <p className="text-sm text-muted">{note}</p> : null}
      </div>
      {children}
    </section>
  );
}

export const CARD_GRID = "grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5 print:grid-cols-3";

export function CardsSkeleton({ count }: { count: number }) {
  return (
    <div className={CARD_GRID}>
      <span role="status" className="sr-only">
        {t("common.loading")}
      </span>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} aria-hidden="true" className="h-40 animate-pulse rounded-lg border border-border bg-brand-50" />
      ))}
    </div>
  );
}
