"use client";
// The frame of a chart with its table: a titled figure, the drawing (hidden from screen readers,
// which read the table instead, STYLE §9) and the figures' table behind a disclosure.
import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";
import { ChartTable, type ChartTableProps } from "./chart-table";

type Props = { title: string; testId?: string; table: Omit<ChartTableProps, "caption">; children: ReactElement };

export function ChartFigure({ title, testId, table, children }: Props) {
  return (
    <figure className="rounded-lg border border-border bg-surface p-4 shadow-sm" data-testid={testId}>
      <figcaption className="font-semibold text-brand-900">{title}</figcaption>
      <div className="mt-3 h-64" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
      <ChartTable caption={title} {...table} />
    </figure>
  );
}

/**
 * A legend entry's text in the text colour: recharts paints it in the series' colour, which for a
 * light series (tasks in progress) falls far below 4.5:1 on white. Charts leave recharts'
 * keyboard layer off (accessibilityLayer={false}): the drawing is hidden from assistive
 * technology, so nothing inside it may take focus; the table is what a keyboard reads.
 */
export const legendText = (value: unknown) => <span className="text-foreground">{String(value)}</span>;

/** The tooltip's figures in vi-VN. */
export const tooltipNumber = (format: (value: number) => string) => (value: unknown) => (typeof value === "number" ? format(value) : String(value));
