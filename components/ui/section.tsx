// A titled part of a page: its heading (an <h2> that names the section for screen readers), an
// optional note under it, then the content.
import type { ReactNode } from "react";

type Props = { id: string; title: ReactNode; note?: ReactNode; className?: string; testId?: string; children: ReactNode };

export function Section({ id, title, note, className = "space-y-3", testId, children }: Props) {
  return (
    <section aria-labelledby={id} className={className} data-testid={testId}>
      <h2 id={id} className="text-lg font-semibold text-brand-900">
        {title}
      </h2>
      {note ? <p className="text-sm text-muted">{note}</p> : null}
      {children}
    </section>
  );
}
