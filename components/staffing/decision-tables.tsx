// The quota decisions as tables: the list of decisions (latest first), and one decision's lines
// (agency × category) once it is history and opens read-only.
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { QuotaDecisionDetail, QuotaDecisionSummary } from "@/lib/data/staffing-entry";
import { useTranslations } from "next-intl";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import type { Translator } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";
import { CATEGORIES } from "@/lib/validations/staffing";

function decisionColumns(t: Translator, f: LocaleFormat): Column<QuotaDecisionSummary>[] {
  return [
    {
      key: "number",
      header: t("staffing.decisions.number"),
      rowHeader: true,
      cell: (d) => <CellLink href={`/staffing/decisions/${d.id}`}>{d.number}</CellLink>,
    },
    { key: "date", header: t("staffing.decisions.date"), cell: (d) => f.localDate(d.decidedOn) },
    { key: "year", header: t("staffing.decisions.year"), cell: (d) => d.year },
    { key: "lines", header: t("staffing.decisions.lineCount"), numeric: true, cell: (d) => f.number(d.lines) },
    { key: "total", header: t("staffing.col.total"), numeric: true, cell: (d) => f.number(d.total) },
    { key: "state", header: t("staffing.decisions.state"), cell: (d) => t(d.editable ? "staffing.decisions.editable" : "staffing.decisions.locked") },
  ];
}

export function DecisionList({ decisions }: { decisions: QuotaDecisionSummary[] }) {
  const t = useTranslations();
  const f = useFormat();
  return (
    <Table caption={t("staffing.decisions.listHeading")} columns={decisionColumns(t, f)} rows={decisions} rowKey={(d) => d.id}
      empty={t("staffing.decisions.none")} testId="decision-table" />
  );
}

type Line = QuotaDecisionDetail["lines"][number];

function lineColumns(t: Translator, f: LocaleFormat): Column<Line>[] {
  return [
    { key: "agency", header: t("staffing.col.agency"), rowHeader: true, cell: (line) => line.agencyName },
    ...CATEGORIES.map((c) => ({
      key: c,
      header: t(`staffing.category.${c}`),
      numeric: true,
      cell: (line: Line) => (line.quotas[c] === undefined ? "—" : f.number(line.quotas[c])),
    })),
  ];
}

export function DecisionLines({ lines }: { lines: Line[] }) {
  const t = useTranslations();
  const f = useFormat();
  return <Table caption={t("staffing.decisions.lines")} columns={lineColumns(t, f)} rows={lines} rowKey={(line) => line.agencyId} />;
}
