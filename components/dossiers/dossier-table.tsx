// A page of dossiers: code (to the detail), agency, procedure, channel, dates, official (for those
// who may read names) and the outcome as of the dashboards' day.
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { DossierListRow } from "@/lib/data/dossier-list";
import type { XlsxColumn } from "@/lib/export/xlsx/columns";
import { t } from "@/lib/i18n";
import { formatDate } from "@/lib/i18n/format";
import { OutcomeBadge } from "./outcome-badge";

const date = (value: Date | null) => (value ? formatDate(value) : "");

/** `detailSearch`: the list's own parameters, carried to the dossier page (its period, drill path and a way back). */
function columns(showOfficials: boolean, detailSearch: string): Column<DossierListRow>[] {
  return [
    {
      key: "code",
      header: t("dossiers.list.code"),
      rowHeader: true,
      className: "font-mono",
      cell: (row) => <CellLink href={`/dossiers/${row.id}${detailSearch}`}>{row.code}</CellLink>,
    },
    { key: "agency", header: t("dossiers.list.agency"), cell: (row) => row.agencyName },
    { key: "procedure", header: t("dossiers.list.procedure"), className: "max-w-md", cell: (row) => row.procedureName },
    { key: "channel", header: t("dossiers.list.channel"), cell: (row) => t(`dossiers.channel.${row.channel}`) },
    { key: "received", header: t("dossiers.list.received"), className: "tabular-nums", cell: (row) => date(row.receivedAt) },
    { key: "due", header: t("dossiers.list.due"), className: "tabular-nums", cell: (row) => date(row.dueAt) },
    { key: "resolved", header: t("dossiers.list.resolved"), className: "tabular-nums", cell: (row) => date(row.resolvedAt) },
    ...(showOfficials ? [{ key: "official", header: t("dossiers.list.official"), cell: (row: DossierListRow) => row.officialName ?? "" }] : []),
    { key: "outcome", header: t("dossiers.list.outcome"), cell: (row) => <OutcomeBadge outcome={row.outcome} /> },
  ];
}

/** A dossier list for Excel: the same columns, days and times as typed cells. */
export function dossierXlsxColumns(showOfficials: boolean): XlsxColumn<DossierListRow>[] {
  return [
    { key: "code", header: t("dossiers.list.code"), type: "text", value: (row) => row.code, width: 22 },
    { key: "agency", header: t("dossiers.list.agency"), type: "text", value: (row) => row.agencyName, width: 36 },
    { key: "procedure", header: t("dossiers.list.procedure"), type: "text", value: (row) => row.procedureName, width: 50 },
    { key: "channel", header: t("dossiers.list.channel"), type: "text", value: (row) => t(`dossiers.channel.${row.channel}`), width: 16 },
    { key: "received", header: t("dossiers.list.received"), type: "datetime", value: (row) => row.receivedAt },
    { key: "due", header: t("dossiers.list.due"), type: "date", value: (row) => row.dueAt },
    { key: "resolved", header: t("dossiers.list.resolved"), type: "datetime", value: (row) => row.resolvedAt },
    ...(showOfficials ? [{ key: "official", header: t("dossiers.list.official"), type: "text", value: (row: DossierListRow) => row.officialName, width: 24 } as const] : []),
    { key: "outcome", header: t("dossiers.list.outcome"), type: "text", value: (row) => t(`dossiers.outcome.${row.outcome}`), width: 16 },
  ];
}

export function DossierTable({ rows, showOfficials, caption, testId, detailSearch = "" }: { rows: DossierListRow[]; showOfficials: boolean; caption: string; testId: string; detailSearch?: string }) {
  return (
    <Table caption={caption} columns={columns(showOfficials, detailSearch)} rows={rows} rowKey={(row) => row.id} rowProps={(row) => ({ "data-code": row.code })}
      empty={t("dossiers.noRows")} testId={testId} />
  );
}
