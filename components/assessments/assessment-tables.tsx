// The assessment tables: the board of a group and year (rank, scores, rating, alerts) and an
// agency's yearly history, with each year's criterion scores behind a disclosure.
import { EmptyState } from "@/components/ui/empty-state";
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { BoardRow, HistoryRow } from "@/lib/data/assessments";
import { useTranslations } from "next-intl";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import type { Translator } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";
import { AlertList } from "./alert-list";

const score = (f: LocaleFormat, value: number | null) => (value === null ? "" : f.score(value));
const rating = (t: Translator, value: HistoryRow["rating"]) => (value === null ? "" : t(`assessments.rating.${value}`));

function boardColumns(t: Translator, f: LocaleFormat): Column<BoardRow>[] {
  return [
    { key: "rank", header: t("assessments.col.rank"), numeric: true, cell: (r) => r.rank ?? "" },
    {
      key: "agency",
      header: t("assessments.col.agency"),
      rowHeader: true,
      cell: (r) => <CellLink href={`/agencies/${r.agencyId}`}>{r.agencyName}</CellLink>,
    },
    { key: "self", header: t("assessments.col.self"), numeric: true, cell: (r) => score(f, r.selfScore) },
    { key: "appraised", header: t("assessments.col.appraised"), numeric: true, cell: (r) => score(f, r.appraisedScore) },
    { key: "rating", header: t("assessments.col.rating"), cell: (r) => rating(t, r.rating) },
    { key: "alerts", header: t("assessments.col.alerts"), className: "min-w-64", cell: (r) => <AlertList alerts={r.alerts} compact /> },
  ];
}

export function AssessmentBoard({ rows, caption }: { rows: BoardRow[]; caption: string }) {
  const t = useTranslations();
  const f = useFormat();
  return (
    <Table caption={caption} columns={boardColumns(t, f)} rows={rows} rowKey={(r) => r.agencyId}
      rowProps={(r) => ({ "data-testid": `board-row-${r.agencyId}` })} empty={t("assessments.none")} testId="assessment-board" />
  );
}

function historyColumns(t: Translator, f: LocaleFormat): Column<HistoryRow>[] {
  return [
    { key: "year", header: t("assessments.col.year"), rowHeader: true, cell: (r) => r.year },
    { key: "group", header: t("assessments.col.group"), cell: (r) => t(`assessments.group.${r.group}`) },
    { key: "self", header: t("assessments.col.self"), numeric: true, cell: (r) => score(f, r.selfScore) },
    { key: "appraised", header: t("assessments.col.appraised"), numeric: true, cell: (r) => score(f, r.appraisedScore) },
    { key: "rank", header: t("assessments.col.rank"), numeric: true, cell: (r) => (r.rank === null ? "" : t("assessments.rankOf", { rank: String(r.rank), size: String(r.groupSize) })) },
    { key: "rating", header: t("assessments.col.rating"), cell: (r) => rating(t, r.rating) },
  ];
}

type Criterion = HistoryRow["criteria"][number];

function criterionColumns(t: Translator, f: LocaleFormat): Column<Criterion>[] {
  return [
    { key: "criterion", header: t("assessments.col.criterion"), rowHeader: true, cell: (c) => `${c.code}. ${c.name} (${f.score(c.maxScore)})` },
    { key: "self", header: t("assessments.col.self"), numeric: true, cell: (c) => score(f, c.selfScore) },
    { key: "appraised", header: t("assessments.col.appraised"), numeric: true, cell: (c) => score(f, c.appraisedScore) },
    { key: "evidence", header: t("assessments.col.evidence"), cell: (c) => c.evidence ?? "" },
  ];
}

export function AssessmentHistory({ rows }: { rows: HistoryRow[] }) {
  const t = useTranslations();
  const f = useFormat();
  if (rows.length === 0) return <EmptyState>{t("assessments.history.none")}</EmptyState>;
  return (
    <div className="space-y-4">
      <Table caption={t("assessments.history.caption")} columns={historyColumns(t, f)} rows={rows} rowKey={(r) => r.year}
        rowProps={(r) => ({ "data-testid": `assessment-${r.year}` })} testId="assessment-history" />
      {rows
        .filter((r) => r.criteria.length > 0)
        .map((r) => (
          <details key={r.year} className="rounded-md border border-border bg-surface p-3">
            <summary className="cursor-pointer font-medium">{t("assessments.history.criteria", { year: String(r.year) })}</summary>
            <div className="mt-2">
              <Table caption={t("assessments.history.criteria", { year: String(r.year) })} columns={criterionColumns(t, f)} rows={r.criteria} rowKey={(c) => c.criterionId} framed={false} />
            </div>
          </details>
        ))}
    </div>
  );
}
