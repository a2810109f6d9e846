// The assessment board within a ranking group (khối), as getRankingBoard reads it: by today's units a
// unit formed later lists its predecessors' results of the year under its name (issue 15).
import { AlertList } from "@/components/assessments/alert-list";
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { RankingBoardRow } from "@/lib/data/assessments";
import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import { useFormat } from "@/lib/i18n/use-format";
import { localName } from "@/lib/i18n/locale";

function Predecessors({ row }: { row: RankingBoardRow }) {
  const t = useTranslations();
  const f = useFormat();
  if (row.predecessors.length === 0) return null;
  return (
    <ul className="mt-1 space-y-0.5 text-xs font-normal text-muted" data-testid={`board-predecessors-${row.agencyId}`}>
      {row.predecessors.map((p) => (
        <li key={p.agencyId}>
          {t("org.assessment.predecessor", {
            name: p.label,
            score: p.appraisedScore === null ? "—" : f.score(p.appraisedScore),
            rating: p.rating === null ? "—" : t(`assessments.rating.${p.rating}`),
            rank: p.rank === null ? "—" : `${p.rank}/${p.groupSize}`,
            group: p.groupName === null ? "" : localName(f.locale, { name: p.groupName, nameEn: p.groupNameEn }),
          })}
        </li>
      ))}
    </ul>
  );
}

function columns(t: Translator, f: LocaleFormat): Column<RankingBoardRow>[] {
  const score = (value: number | null) => (value === null ? "" : f.score(value));
  return [
    { key: "rank", header: t("assessments.col.rank"), numeric: true, cell: (r) => r.rank ?? "" },
    {
      key: "agency",
      header: t("assessments.col.agency"),
      rowHeader: true,
      cell: (r) => (
        <>
          <CellLink href={`/agencies/${r.agencyId}`}>{r.label}</CellLink>
          <Predecessors row={r} />
        </>
      ),
    },
    { key: "self", header: t("assessments.col.self"), numeric: true, cell: (r) => score(r.selfScore) },
    { key: "appraised", header: t("assessments.col.appraised"), numeric: true, cell: (r) => score(r.appraisedScore) },
    { key: "rating", header: t("assessments.col.rating"), cell: (r) => (r.rating === null ? "" : t(`assessments.rating.${r.rating}`)) },
    { key: "alerts", header: t("assessments.col.alerts"), className: "min-w-64", cell: (r) => <AlertList alerts={[...r.alerts, ...r.predecessors.flatMap((p) => p.alerts)]} compact /> },
  ];
}

export function RankingBoardTable({ rows, caption }: { rows: RankingBoardRow[]; caption: string }) {
  const t = useTranslations();
  const f = useFormat();
  return (
    <Table caption={caption} columns={columns(t, f)} rows={rows} rowKey={(r) => r.agencyId}
      rowProps={(r) => ({ "data-testid": `board-row-${r.agencyId}` })} empty={t("assessments.none")} testId="assessment-board" />
  );
}
