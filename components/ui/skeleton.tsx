// Placeholders shaped like the content while a page or a section loads (vercel/next-learn's
// skeletons): loading.tsx files and <Suspense> fallbacks compose these. Each announces itself once
// to screen readers through a role="status" line; the shapes themselves are hidden from them.
import { t } from "@/lib/i18n";

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(" ");

/** One grey pulsing block; size it with `className` (h-…, w-…). */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={join("animate-pulse rounded bg-brand-100", className)} />;
}

/** "Đang tải dữ liệu…" for screen readers. */
export function LoadingStatus() {
  return (
    <span role="status" className="sr-only">
      {t("common.loading")}
    </span>
  );
}

/** A table's frame: a header row and `rows` rows of `columns` cells. */
export function TableSkeleton({ rows = 8, columns = 6 }: { rows?: number; columns?: number }) {
  const cells = Array.from({ length: columns }, (_, i) => i);
  return (
    <div aria-hidden="true" className="overflow-hidden rounded-lg border border-border bg-surface shadow-sm">
      <div className="flex gap-4 bg-brand-50 px-3 py-3">
        {cells.map((i) => (
          <Skeleton key={i} className={join("h-4 flex-1", i === 0 && "flex-[2]")} />
        ))}
      </div>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className="flex gap-4 border-t border-border px-3 py-3">
          {cells.map((i) => (
            <Skeleton key={i} className={join("h-4 flex-1 bg-brand-50", i === 0 && "flex-[2]")} />
          ))}
        </div>
      ))}
    </div>
  );
}

export const CARD_GRID = "grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-5 print:grid-cols-3";

/** A grid of `count` figure cards. */
export function CardsSkeleton({ count, tall = false }: { count: number; tall?: boolean }) {
  return (
    <div className={CARD_GRID} aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className={join("animate-pulse rounded-lg border border-border bg-brand-50", tall ? "h-40" : "h-28")} />
      ))}
    </div>
  );
}

/** A GET filter form: `fields` labelled boxes and a button. */
export function FiltersSkeleton({ fields = 3 }: { fields?: number }) {
  return (
    <div aria-hidden="true" className="flex flex-wrap items-end gap-3">
      {Array.from({ length: fields }, (_, i) => (
        <div key={i} className="space-y-2">
          <Skeleton className="h-4 w-24" />
          <Skeleton className="h-10 w-44" />
        </div>
      ))}
      <Skeleton className="h-10 w-24 bg-brand-100" />
    </div>
  );
}

/** A form of `fields` labelled inputs. */
export function FormSkeleton({ fields = 4 }: { fields?: number }) {
  return (
    <div aria-hidden="true" className="max-w-2xl space-y-4 rounded-lg border border-border bg-surface p-4 shadow-sm">
      {Array.from({ length: fields }, (_, i) => (
        <div key={i} className="space-y-2">
          <Skeleton className="h-4 w-32" />
          <Skeleton className="h-10 w-full" />
        </div>
      ))}
      <Skeleton className="h-10 w-28 bg-brand-100" />
    </div>
  );
}

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
};

/** A whole page while it loads: heading and intro, then the parts the page has, in its order. */
export function PageSkeleton({ crumbs, links, filters, cards, table, secondTable, form }: PageSkeletonProps) {
  return (
    <div className="space-y-6" data-testid="page-skeleton">
      <LoadingStatus />
      {crumbs ? <Skeleton className="h-4 w-64" /> : null}
      <div className="space-y-3" aria-hidden="true">
        <Skeleton className="h-8 w-2/3 max-w-xl" />
        <Skeleton className="h-4 w-full max-w-3xl bg-brand-50" />
      </div>
      {links ? <Skeleton className="h-4 w-80 bg-brand-50" /> : null}
      {filters ? <FiltersSkeleton fields={filters} /> : null}
      {cards ? <CardsSkeleton count={cards} /> : null}
      {table ? <TableSkeleton {...table} /> : null}
      {secondTable ? <TableSkeleton {...secondTable} /> : null}
      {form ? <FormSkeleton fields={form} /> : null}
    </div>
  );
}
