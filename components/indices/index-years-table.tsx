// A province's yearly scores of an index with rank, denominator, national average and source: the
// table equivalent of the trend chart. A result recalculated for the merged province says so.
import type { IndexDetail, IndexYear } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { formatIndexScore } from "@/lib/i18n/index-format";
import { rankText, scoreText, tdClass } from "./display";
import { DataTable } from "./data-table";
import { SourceText } from "./source-text";

export function IndexYearsTable({ index, years, caption, testId = "index-years" }: { index: IndexDetail; years: IndexYear[]; caption: string; testId?: string }) {
  if (years.length === 0) return <p className="text-muted" data-testid={`${testId}-none`}>{t("indices.detail.noYears")}</p>;
  return (
    <DataTable
      caption={caption}
      testId={testId}
      columns={[t("indices.col.year"), t("indices.col.score"), t("indices.col.rank"), t("indices.col.rankOf"), t("indices.col.nationalAverage"), t("indices.col.source")]}
    >
      {[...years].reverse().map((y) => (
        <tr key={y.year} data-testid={`index-year-${y.year}`}>
          <th scope="row" className={`${tdClass} font-medium`}>
            {y.year}
            {y.recalculated ? <span className="mt-1 block text-xs font-normal text-accent-700" data-testid="recalculated">{t("org.indices.recalculated")}</span> : null}
          </th>
          <td className={`${tdClass} tabular-nums`}>{scoreText(y.score, index.unit)}</td>
          <td className={`${tdClass} tabular-nums`}>{rankText(y.rank, y.rankOf)}</td>
          <td className={`${tdClass} tabular-nums`}>{y.rankOf ?? ""}</td>
          <td className={`${tdClass} tabular-nums`}>
            {y.nationalAverage === null ? "" : formatIndexScore(y.nationalAverage, index.unit)}
          </td>
          <td className={`${tdClass} max-w-md text-xs`}>
            <SourceText source={y.source} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
