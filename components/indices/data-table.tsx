// The frame of the index and assessment tables: a scrolling box, a caption for screen readers,
// a header row; the caller gives the body rows.
import type { ReactNode } from "react";
import { tableClass, tableWrapClass, thClass } from "./display";

type Props = { caption: string; columns: ReactNode[]; testId?: string; children: ReactNode };

export function DataTable({ caption, columns, testId, children }: Props) {
  return (
    <div className={tableWrapClass}>
      <table className={tableClass} data-testid={testId}>
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            {columns.map((column, i) => (
              <th key={i} scope="col" className={thClass}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">{children}</tbody>
      </table>
    </div>
  );
}
