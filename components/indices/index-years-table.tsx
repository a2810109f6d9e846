// An index's yearly scores with rank, denominator, national average and source: the table
// equivalent of the trend chart.
import { EmptyState } from "@/components/ui/empty-state";
import { Table, type Column } from "@/components/ui/table";
import type { IndexDetail } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { formatIndexScore } from "@/lib/i18n/index-format";
import { rankText, scoreText } from "./display";
import { SourceText } from "./source-text";

type Year = IndexDetail["years"][number];

export function IndexYearsTable({ index }: { index: IndexDetail }) {
  if (index.years.length === 0) return <EmptyState>{t("indices.detail.noYears")}</EmptyState>;
  const columns: Column<Year>[] = [
    { key: "year", header: t("indices.col.year"), rowHeader: true, cell: (y) => y.year },
    { key: "score", header: t("indices.col.score"), numeric: true, cell: (y) => scoreText(y.score, index.unit) },
    { key: "rank", header: t("indices.col.rank"), numeric: true, cell: (y) => rankText(y.rank, y.rankOf) },
    { key: "rankOf", header: t("indices.col.rankOf"), numeric: true, cell: (y) => y.rankOf ?? "" },
    { key: "nationalAverage", header: t("indices.col.nationalAverage"), numeric: true, cell: (y) => (y.nationalAverage === null ? "" : formatIndexScore(y.nationalAverage, index.unit)) },
    { key: "source", header: t("indices.col.source"), className: "max-w-md text-xs", cell: (y) => <SourceText source={y.source} /> },
  ];
  return (
    <Table caption={t("indices.detail.yearsCaption")} columns={columns} rows={[...index.years].reverse()} rowKey={(y) => y.year}
      rowProps={(y) => ({ "data-testid": `index-year-${y.year}` })} testId="index-years" />
  );
}
