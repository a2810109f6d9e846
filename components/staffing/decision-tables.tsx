// The quota decisions as tables: the list of decisions (latest first), and one decision's lines
// (agency × category) once it is history and opens read-only.
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { QuotaDecisionDetail, QuotaDecisionSummary } from "@/lib/data/staffing-entry";
import { t } from "@/lib/i18n";
import { formatLocalDate, formatNumber } from "@/lib/i18n/format";
import { CATEGORIES } from "@/lib/validations/staffing";

const DECISION_COLUMNS: Column<QuotaDecisionSummary>[] = [
  {
    key: "number",
    header: t("staffing.decisions.number"),
    rowHeader: true,
    cell: (d) => <CellLink href={`/staffing/decisions/${d.id}`}>{d.number}</CellLink>,
  },
  { key: "date", header: t("staffing.decisions.date"), cell: (d) => formatLocalDate(d.decidedOn) },
  { key: "year", header: t("staffing.decisions.year"), cell: (d) => d.year },
  { key: "lines", header: t("staffing.decisions.lineCount"), numeric: true, cell: (d) => formatNumber(d.lines) },
  { key: "total", header: t("staffing.col.total"), numeric: true, cell: (d) => formatNumber(d.total) },
  { key: "state", header: t("staffing.decisions.state"), cell: (d) => t(d.editable ? "staffing.decisions.editable" : "staffing.decisions.locked") },
];

export function DecisionList({ decisions }: { decisions: QuotaDecisionSummary[] }) {
  return (
    <Table caption={t("staffing.decisions.listHeading")} columns={DECISION_COLUMNS} rows={decisions} rowKey={(d) => d.id}
      empty={t("staffing.decisions.none")} testId="decision-table" />
  );
}

type Line = QuotaDecisionDetail["lines"][number];

const LINE_COLUMNS: Column<Line>[] = [
  { key: "agency", header: t("staffing.col.agency"), rowHeader: true, cell: (line) => line.agencyName },
  ...CATEGORIES.map((c) => ({
    key: c,
    header: t(`staffing.category.${c}`),
    numeric: true,
    cell: (line: Line) => (line.quotas[c] === undefined ? "—" : formatNumber(line.quotas[c])),
  })),
];

export function DecisionLines({ lines }: { lines: Line[] }) {
  return <Table caption={t("staffing.decisions.lines")} columns={LINE_COLUMNS} rows={lines} rowKey={(line) => line.agencyId} />;
}
