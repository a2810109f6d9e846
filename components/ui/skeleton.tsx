// Placeholders shaped like the content while a page or a section loads (vercel/next-learn's
// skeletons): loading.tsx files and <Suspense> fallbacks compose these. Each announces itself once
// to screen readers through a role="status" line; the shapes themselves are hidden from them.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(" ");

/** One grey pulsing block; size it with `className` (h-…, w-…). The classes sk, sk-card and sk-rows live in app/globals.css (short: fallbacks ship in every page's payload). */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={join("sk", className)} />;
}

/** "Đang tải dữ liệu…" for screen readers. */
export function LoadingStatus() {
  const t = useTranslations("common");
  return (
    <span role="status" className="sr-only">
      {t("loading")}
    </span>
  );
}

/** A table's frame: a header bar and `rows` striped rows in one block (`columns` is the header's cells). */
export function TableSkeleton({ rows = 8, columns = 6 }: { rows?: number; columns?: number }) {
  return (
    <div aria-hidden="true" className="overflow-hidden rounded-lg border border-border bg-surface shadow-sm">
      <div className="flex gap-4 bg-brand-50 px-3 py-3">
        {Array.from({ length: columns }, (_, i) => (
          <Skeleton key={i} className="h-4 flex-1" />
        ))}
      </div>
      <div className="sk-rows" style={{ height: `${rows * 2.75}rem` }} />
    </div>
  );
}

export const CARD_GRID = "grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5 print:grid-cols-3";

/** `count` blocks of `className`, hidden from screen readers (the page announces one status). */
function Blocks({ count, className, children }: { count: number; className?: string; children: (i: number) => ReactNode }) {
  return (
    <div aria-hidden="true" className={className}>
      {Array.from({ length: count }, (_, i) => children(i))}
    </div>
  );
}

/** A grid of `count` figure cards. */
export function CardsSkeleton({ count, tall = false }: { count: number; tall?: boolean }) {
  return <Blocks count={count} className={CARD_GRID}>{(i) => <div key={i} className={tall ? "sk-card h-40" : "sk-card"} />}</Blocks>;
}

/** Labelled boxes and a button: a GET filter form in a row, or (`form`) a form's fields one under another. */
function FieldsSkeleton({ fields, form }: { fields: number; form: boolean }) {
  return (
    <div className={form ? "max-w-2xl space-y-4 rounded-lg border border-border bg-surface p-4 shadow-sm" : "flex flex-wrap items-end gap-3"}>
      <Blocks count={fields} className={form ? "space-y-4" : "contents"}>
        {(i) => (
          <div key={i} className="space-y-2">
            <Skeleton className="h-4 w-28" />
            <Skeleton className={form ? "h-10 w-full" : "h-10 w-44"} />
          </div>
        )}
      </Blocks>
      <Skeleton className="h-10 w-28" />
    </div>
  );
}

/** A GET filter form: `fields` labelled boxes and a button. */
export const FiltersSkeleton = ({ fields = 3 }: { fields?: number }) => <FieldsSkeleton fields={fields} form={false} />;

/** A form of `fields` labelled inputs. */
export const FormSkeleton = ({ fields = 4 }: { fields?: number }) => <FieldsSkeleton fields={fields} form />;

type PageSkeletonProps = {
  /** a breadcrumb or back link above the heading */
  crumbs?: boolean;
  /** a line of links (tabs, quick periods) under the heading */
  links?: boolean;
  filters?: number;
  cards?: number;
  table?: { rows?: number; columns?: number };
  /** a second table below the first */
  secondTable?: { rows?: number; columns?: number };
  form?: number;
  /** chart blocks side by side (two on a wide screen) */
  charts?: number;
  /** the filters sit in a box of their own (the scorecard's and the tasks' pickers) */
  boxedFilters?: boolean;
};

/** A whole page while it loads: heading and intro, then the parts the page has, in its order. */
export function PageSkeleton({ crumbs, links, filters, cards, table, secondTable, form, charts, boxedFilters }: PageSkeletonProps) {
  const filterBar = filters ? <FiltersSkeleton fields={filters} /> : null;
  return (
    <div className="space-y-6" data-testid="page-skeleton">
      <LoadingStatus />
      {crumbs ? <Skeleton className="h-4 w-64" /> : null}
      <div className="space-y-3" aria-hidden="true">
        <Skeleton className="h-8 w-2/3 max-w-xl" />
        <Skeleton className="h-4 w-full max-w-3xl bg-brand-50" />
      </div>
      {links ? <Skeleton className="h-4 w-80 bg-brand-50" /> : null}
      {boxedFilters ? <div className="rounded-lg border border-border bg-surface p-4">{filterBar}</div> : filterBar}
      {cards ? <CardsSkeleton count={cards} /> : null}
      {charts ? <Blocks count={charts} className="grid gap-4 lg:grid-cols-2">{(i) => <Skeleton key={i} className="h-64" />}</Blocks> : null}
      {table ? <TableSkeleton {...table} /> : null}
      {secondTable ? <TableSkeleton {...secondTable} /> : null}
      {form ? <FormSkeleton fields={form} /> : null}
    </div>
  );
}
