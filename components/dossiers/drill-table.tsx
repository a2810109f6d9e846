// One level of the drill-down as a table: a row per group with the figures of DESIGN §5.2, the
// level's total last, each column header a link that sorts on the server (the sort is in the URL).
// Drawn by the client component DrillRows from compact rows (issue 19: a light payload), with the
// words and formats of the viewer's language.
import { useTranslations } from "next-intl";
import { DrillRows } from "./drill-rows";
import type { XlsxColumn } from "@/lib/export/xlsx/columns";
import type { Intl, Translator } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";
import { packAffixes, sortLinks } from "@/lib/ui/compact-rows";
import { FIGURE_COLUMNS, nextSort, SORT_KEYS, type DrillRow, type FigureColumn, type Sort, type SortKey } from "@/lib/metrics/drill-down";

type Props = {
  caption: string;
  nameHeader: string;
  rows: DrillRow[];
  total: DrillRow;
  sort: Sort;
  /** the URL of this page sorted by `sort` */
  sortHref: (sort: Sort) => string;
  /** where a row leads, if anywhere */
  rowHref: (row: DrillRow) => string | null;
  /** the note beside a row that breaks the province's late rule */
  ruleLabel?: string;
  testId: string;
};

const HEADERS = {
  carriedOver: "dossiers.col.carriedOver",
  received: "dossiers.col.received",
  toProcess: "dossiers.col.toProcess",
  resolvedEarly: "dossiers.col.early",
  resolvedOnTime: "dossiers.col.onTime",
  resolvedLate: "dossiers.col.late",
  overdueAtEnd: "dossiers.col.overdue",
  lateRate: "dossiers.col.lateRate",
  onTimeRate: "dossiers.col.onTimeRate",
} as const satisfies Record<FigureColumn, string>;

export function formatFigure(row: DrillRow, column: FigureColumn, { t, f }: Intl): string {
  const value = row.figures[column];
  if (value === null) return t("common.noData");
  return column === "lateRate" || column === "onTimeRate" ? f.percent(value) : f.number(value);
}

const RATES: readonly FigureColumn[] = ["lateRate", "onTimeRate"];

/** A drill-down level for Excel: the same figure columns, as typed cells, the level's total last. */
export function drillXlsx(t: Translator, nameHeader: string, rows: readonly DrillRow[], total: DrillRow | null): { columns: XlsxColumn<DrillRow>[]; rows: DrillRow[] } {
  const columns: XlsxColumn<DrillRow>[] = [
    { key: "name", header: nameHeader, type: "text", value: (row) => row.name, width: 40 },
    ...FIGURE_COLUMNS.map((column): XlsxColumn<DrillRow> => ({
      key: column,
      header: t(HEADERS[column]),
      type: RATES.includes(column) ? "percent" : "integer",
      value: (row) => row.figures[column],
    })),
  ];
  return { columns, rows: total ? [...rows, { ...total, name: t("dossiers.total", { name: total.name }) }] : [...rows] };
}

const isSortKey = (key: string): key is SortKey => (SORT_KEYS as readonly string[]).includes(key);

export function DrillTable({ caption, nameHeader, rows, total, sort, sortHref, rowHref, ruleLabel, testId }: Props) {
  const t = useTranslations();
  const intl = { t, f: useFormat() };
  const keys = ["name", ...FIGURE_COLUMNS];
  return (
    <DrillRows caption={caption} keys={keys} headers={[nameHeader, ...FIGURE_COLUMNS.map((column) => t(HEADERS[column]))]}
      rows={rows.map((row) => [row.key, row.name, row.breaksRule ? "1" : "", ...FIGURE_COLUMNS.map((column) => formatFigure(row, column, intl))])}
      links={packAffixes(rows.map(rowHref))}
      footer={[t("dossiers.total", { name: total.name }), ...FIGURE_COLUMNS.map((column) => formatFigure(total, column, intl))]}
      sort={sortLinks(sort, keys, (key) => sortHref(isSortKey(key) ? nextSort(sort, key) : sort))}
      ruleLabel={ruleLabel} empty={t("dossiers.noRows")} testId={testId} />
  );
}
