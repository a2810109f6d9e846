// The compliance lists' cells, shared by the page and the CSV export so that both say the same
// thing: the export is the page's table with every row. In the viewer's language (`t`, `f`).
import "server-only";
import type { ComplianceFilter } from "@/lib/data/dossier-compliance";
import { dossierXlsxColumns, outcomeLabel } from "@/components/dossiers/dossier-table";
import type { DossierListRow } from "@/lib/data/dossier-list";
import type { XlsxColumn } from "@/lib/export/xlsx/columns";
import type { Intl, Translator } from "@/lib/i18n/translator";
import type { DrillRow } from "@/lib/metrics/drill-down";
import { ruleYear } from "@/lib/data/dossier-compliance";

/** `numeric`: the columns (by position) that hold figures. */
export type ComplianceTable = { columns: string[]; numeric: number[]; rows: { key: string; href: string; cells: string[] }[] };

export function dossierTable(rows: DossierListRow[], showOfficials: boolean, { t, f }: Intl): ComplianceTable {
  const columns = [
    t("dossiers.list.code"),
    t("dossiers.list.agency"),
    t("dossiers.list.procedure"),
    t("dossiers.list.channel"),
    t("dossiers.list.received"),
    t("dossiers.list.due"),
    t("dossiers.list.resolved"),
    ...(showOfficials ? [t("dossiers.list.official")] : []),
    t("dossiers.list.outcome"),
    t("dossiers.detail.apology"),
    t("dossiers.detail.rescheduled"),
  ];
  return {
    columns,
    numeric: [columns.length - 1],
    rows: rows.map((row) => ({
      key: String(row.id),
      href: `/dossiers/${row.id}`,
      cells: [
        row.code,
        row.agencyName,
        row.procedureName,
        t(`dossiers.channel.${row.channel}`),
        f.date(row.receivedAt),
        f.date(row.dueAt),
        row.resolvedAt ? f.date(row.resolvedAt) : "",
        ...(showOfficials ? [row.officialName ?? ""] : []),
        outcomeLabel(t, row.outcome),
        row.apologyIssuedAt ? f.date(row.apologyIssuedAt) : "",
        f.number(row.rescheduleCount),
      ],
    })),
  };
}

export function agencyTable(rows: DrillRow[], filter: ComplianceFilter, { t, f }: Intl): ComplianceTable {
  const period = ruleYear(filter.period);
  return {
    columns: [
      t("dossiers.col.agency"),
      t("dossiers.col.toProcess"),
      t("dossiers.col.late"),
      t("dossiers.col.overdue"),
      t("dossiers.col.lateRate"),
    ],
    numeric: [1, 2, 3, 4],
    rows: rows.map((row) => ({
      key: row.key,
      href: `/dossiers/agencies/${row.key}?period=${period.from.slice(0, 4)}`,
      cells: [
        row.name,
        f.number(row.figures.toProcess),
        f.number(row.figures.resolvedLate),
        f.number(row.figures.overdueAtEnd),
        row.figures.lateRate === null ? t("common.noData") : f.percent(row.figures.lateRate),
      ],
    })),
  };
}

/** The lines above the CSV's table: which list, which period, which filters, as of when. */
export function complianceHeader(filter: ComplianceFilter, agencyName: string | null, asOf: string, { t, f }: Intl): [string, string][] {
  const period = filter.list === "lateAgencies" ? ruleYear(filter.period) : filter.period;
  return [
    [t("dossiers.compliance.csv.list"), t(`dossiers.compliance.${filter.list}`)],
    [t("dossiers.compliance.csv.period"), f.period(period)],
    [t("dossiers.compliance.csv.agency"), agencyName ?? t("dossiers.filter.all")],
    [t("dossiers.compliance.csv.asOf"), asOf],
  ];
}

/** The lists for Excel: the dossier list's columns with the apology letter and the reschedules; the agencies' figures. */
export function complianceDossierXlsx(t: Translator, showOfficials: boolean): XlsxColumn<DossierListRow>[] {
  return [
    ...dossierXlsxColumns(t, showOfficials),
    { key: "apology", header: t("dossiers.detail.apology"), type: "date", value: (row) => row.apologyIssuedAt },
    { key: "rescheduled", header: t("dossiers.detail.rescheduled"), type: "integer", value: (row) => row.rescheduleCount },
  ];
}

export const lateAgenciesXlsx = (t: Translator): XlsxColumn<DrillRow>[] => [
  { key: "agency", header: t("dossiers.col.agency"), type: "text", value: (row) => row.name, width: 44 },
  { key: "toProcess", header: t("dossiers.col.toProcess"), type: "integer", value: (row) => row.figures.toProcess },
  { key: "late", header: t("dossiers.col.late"), type: "integer", value: (row) => row.figures.resolvedLate },
  { key: "overdue", header: t("dossiers.col.overdue"), type: "integer", value: (row) => row.figures.overdueAtEnd },
  { key: "lateRate", header: t("dossiers.col.lateRate"), type: "percent", value: (row) => row.figures.lateRate },
];
