// The five indices at a glance: the merged province's latest published score and rank, their change
// on the year before, and the two former provinces' latest results, which stay theirs (issue 15).
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { IndexSummary } from "@/lib/data/indices";
import { t } from "@/lib/i18n";
import { changeText, placesText, rankText, scoreText } from "./display";

const COLUMNS: Column<IndexSummary>[] = [
  {
    key: "index",
    header: t("indices.col.index"),
    rowHeader: true,
    cell: (index) => <CellLink href={`/indices/${index.code}`}>{index.name}</CellLink>,
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
  { key: "score", header: t("indices.col.score"), numeric: true, cell: (index) => scoreText(index.score, index.unit) },
  { key: "scoreChange", header: t("indices.col.scoreChange"), numeric: true, cell: (index) => changeText(index.scoreChange) },
  { key: "rank", header: t("indices.col.rank"), numeric: true, cell: (index) => rankText(index.rank, index.rankOf) },
  { key: "rankChange", header: t("indices.col.rankChange"), numeric: true, cell: (index) => placesText(index.rankChange) },
  {
    key: "former",
    header: t("org.indices.col.formerProvinces"),
    className: "text-xs",
    cellData: (index) => ({ "data-testid": `index-former-${index.code}` }),
    cell: (index) => (
      <ul className="space-y-0.5">
        {index.former.map((f) => (
          <li key={f.province}>
            {t("org.indices.formerLatest", { province: f.province, year: f.latestYear ?? "", score: scoreText(f.score, index.unit), rank: rankText(f.rank, f.rankOf) })}
          </li>
        ))}
      </ul>
    ),
  },
];

export function IndicesTable({ summaries }: { summaries: IndexSummary[] }) {
  return (
    <Table caption={t("indices.tableCaption")} columns={COLUMNS} rows={summaries} rowKey={(index) => index.code}
      rowProps={(index) => ({ "data-testid": `index-row-${index.code}` })} empty={t("indices.none")} testId="indices-table" />
  );
}
