// The five indices at a glance: the merged province's latest published score and rank, their change
// on the year before, and the two former provinces' latest results, which stay theirs (issue 15).
import { useLocale, useTranslations } from "next-intl";
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { IndexSummary } from "@/lib/data/indices";
import { localName } from "@/lib/i18n/locale";
import { useFormat } from "@/lib/i18n/use-format";
import { changeText, placesText, rankText, scoreText } from "./display";

export function IndicesTable({ summaries }: { summaries: IndexSummary[] }) {
  const t = useTranslations();
  const f = useFormat();
  const locale = useLocale();
  const words = { t, f };
  const columns: Column<IndexSummary>[] = [
    {
      key: "index",
      header: t("indices.col.index"),
      rowHeader: true,
      cell: (index) => <CellLink href={`/indices/${index.code}`}>{localName(locale, index)}</CellLink>,
    },
    {
      key: "latestYear",
      header: t("indices.col.latestYear"),
      cell: (index) => (
        <>
          {index.latestYear ?? t("indices.notPublished")}
          {index.recalculated ? <span className="block text-xs text-accent-700" data-testid="recalculated">{t("org.indices.recalculated")}</span> : null}
        </>
      ),
    },
    { key: "score", header: t("indices.col.score"), numeric: true, cell: (index) => scoreText(index.score, index.unit, words) },
    { key: "scoreChange", header: t("indices.col.scoreChange"), numeric: true, cell: (index) => changeText(index.scoreChange, words) },
    { key: "rank", header: t("indices.col.rank"), numeric: true, cell: (index) => rankText(index.rank, index.rankOf, words) },
    { key: "rankChange", header: t("indices.col.rankChange"), numeric: true, cell: (index) => placesText(index.rankChange, words) },
    {
      key: "former",
      header: t("org.indices.col.formerProvinces"),
      className: "text-xs",
      cellData: (index) => ({ "data-testid": `index-former-${index.code}` }),
      cell: (index) => (
        <ul className="space-y-0.5">
          {index.former.map((former) => (
            <li key={former.province}>
              {t("org.indices.formerLatest", {
                province: former.province,
                year: former.latestYear === null ? "" : String(former.latestYear),
                score: scoreText(former.score, index.unit, words),
                rank: rankText(former.rank, former.rankOf, words),
              })}
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <Table caption={t("indices.tableCaption")} columns={columns} rows={summaries} rowKey={(index) => index.code}
      rowProps={(index) => ({ "data-testid": `index-row-${index.code}` })} empty={t("indices.none")} testId="indices-table" />
  );
}
