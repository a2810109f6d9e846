// The pager under a table paged on the server (lib/metrics/paging): first / previous / "Trang 2/16
// · dòng 21–40 trong 320" / next / last, and the page sizes on offer. Plain links (the page and
// its size are in the URL): they work without JavaScript, and a page can be shared or bookmarked.
// Nothing at all when everything fits on one page of the default size.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, type PageSlice, type Paging } from "@/lib/metrics/paging";

type Props = {
  /** what is paged, for the navigation's name ("Phân trang: Thủ tục của Sở Tư pháp") */
  table: string;
  slice: Pick<PageSlice<unknown>, "page" | "pages" | "size" | "total" | "from" | "to">;
  /** the URL of this table at `paging` (the sort and the filters kept) */
  href: (paging: Paging) => string;
  testId?: string;
};

export function Pager({ table, slice, href, testId = "pager" }: Props) {
  const t = useTranslations("pager");
  const f = useFormat();
  const { page, pages, size } = slice;
  if (pages === 1 && size === DEFAULT_PAGE_SIZE) return null;
  const to = (target: number) => href({ page: target, size });
  const link = (target: number, label: string, rel?: string) =>
    target >= 1 && target <= pages && target !== page ? (
      <Link href={to(target)} rel={rel} className="font-semibold text-brand-700 underline" data-testid={`${testId}-${rel ?? label}`}>
        {label}
      </Link>
    ) : null;
  return (
    <nav aria-label={t("label", { table })} className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 text-sm" data-testid={testId} data-print="hide">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
        {link(1, t("first"), "first")}
        {link(page - 1, t("previous"), "prev")}
        <span className="text-muted" data-testid={`${testId}-position`}>
          {t("position", { page: f.number(page), pages: f.number(pages), from: f.number(slice.from), to: f.number(slice.to), total: f.number(slice.total) })}
        </span>
        {link(page + 1, t("next"), "next")}
        {link(pages, t("last"), "last")}
      </div>
      <p className="flex flex-wrap items-center gap-x-3">
        <span className="text-muted">{t("size")}</span>
        {PAGE_SIZES.map((option) =>
          option === size ? (
            <span key={option} aria-current="true" className="font-semibold">
              <span aria-hidden="true">{option}</span>
              <span className="sr-only">{t("sizeCurrent", { size: String(option) })}</span>
            </span>
          ) : (
            // a new size starts again from the first page
            <Link key={option} href={href({ page: 1, size: option })} className="text-brand-700 underline" data-testid={`${testId}-size-${option}`}>
              {option}
            </Link>
          ),
        )}
      </p>
    </nav>
  );
}
