// A province's yearly scores of an index with rank, denominator, national average and source: the
// table equivalent of the trend chart. A result recalculated for the merged province says so.
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, type Column } from "@/components/ui/table";
import type { IndexDetail, IndexYear } from "@/lib/data/index-detail";
import { useFormat } from "@/lib/i18n/use-format";
import { rankText, scoreText } from "./display";
import { SourceText } from "./source-text";

export function IndexYearsTable({ index, years, caption, testId = "index-years" }: { index: IndexDetail; years: IndexYear[]; caption: string; testId?: string }) {
  const t = useTranslations();
  const f = useFormat();
  if (years.length === 0) return <EmptyState testId={`${testId}-none`}>{t("indices.detail.noYears")}</EmptyState>;
  const columns: Column<IndexYear>[] = [
    {
      key: "year",
      header: t("indices.col.year"),
      rowHeader: true,
      cell: (y) => (
        <>
          {y.year}
          {y.recalculated ? <span className="mt-1 block text-xs font-normal text-accent-700" data-testid="recalculated">{t("org.indices.recalculated")}</span> : null}
        </>
      ),
    },
    { key: "score", header: t("indices.col.score"), numeric: true, cell: (y) => scoreText(y.score, index.unit, { t, f }) },
    { key: "rank", header: t("indices.col.rank"), numeric: true, cell: (y) => rankText(y.rank, y.rankOf, { t }) },
    // a year without a published rank shows no denominator either ("63" alone reads as a rank)
    { key: "rankOf", header: t("indices.col.rankOf"), numeric: true, cell: (y) => (y.rank === null ? "" : (y.rankOf ?? "")) },
    { key: "nationalAverage", header: t("indices.col.nationalAverage"), numeric: true, cell: (y) => (y.nationalAverage === null ? "" : f.indexScore(y.nationalAverage, index.unit)) },
    { key: "source", header: t("indices.col.source"), className: "max-w-md text-xs", cell: (y) => <SourceText source={y.source} /> },
  ];
  return (
    <Table caption={caption} columns={columns} rows={[...years].reverse()} rowKey={(y) => y.year}
      rowProps={(y) => ({ "data-testid": `index-year-${y.year}` })} testId={testId} />
  );
}
