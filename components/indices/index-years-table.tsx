// An index's yearly scores with rank, denominator, national average and source: the table
// equivalent of the trend chart.
import type { IndexDetail } from "@/lib/data/index-detail";
import { t } from "@/lib/i18n";
import { formatIndexScore } from "@/lib/i18n/index-format";
import { rankText, scoreText, tableClass, tableWrapClass, tdClass, thClass } from "./display";
import { SourceText } from "./source-text";

export function IndexYearsTable({ index }: { index: IndexDetail }) {
  if (index.years.length === 0) return <p className="text-muted">{t("indices.detail.noYears")}</p>;
  return (
    <div className={tableWrapClass}>
      <table className={tableClass} data-testid="index-years">
        <caption className="sr-only">{t("indices.detail.yearsCaption")}</caption>
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            <th scope="col" className={thClass}>{t("indices.col.year")}</th>
            <th scope="col" className={thClass}>{t("indices.col.score")}</th>
            <th scope="col" className={thClass}>{t("indices.col.rank")}</th>
            <th scope="col" className={thClass}>{t("indices.col.rankOf")}</th>
            <th scope="col" className={thClass}>{t("indices.col.nationalAverage")}</th>
            <th scope="col" className={thClass}>{t("indices.col.source")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {[...index.years].reverse().map((y) => (
            <tr key={y.year} data-testid={`index-year-${y.year}`}>
              <th scope="row" className={`${tdClass} font-medium`}>{y.year}</th>
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
        </tbody>
      </table>
    </div>
  );
}
