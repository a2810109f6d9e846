// The import history as a table: when, who, which file, kind, status and counts.
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { ImportListRow } from "@/lib/data/imports/read";
import { t } from "@/lib/i18n";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";
import { reasonText } from "@/lib/import/reasons";
import type { RowError } from "@/lib/import/report";

const COLUMNS: Column<ImportListRow>[] = [
  { key: "when", header: t("import.col.when"), className: "tabular-nums", cell: (row) => formatDateTime(row.createdAt) },
  { key: "who", header: t("import.col.who"), cell: (row) => row.createdBy.fullName },
  {
    key: "file",
    header: t("import.col.file"),
    rowHeader: true,
    cell: (row) => <CellLink href={`/admin/imports/${row.id}`}>{row.fileName}</CellLink>,
  },
  { key: "kind", header: t("import.col.kind"), cell: (row) => t(`import.kind.${row.kind}`) },
  { key: "status", header: t("import.col.status"), cell: (row) => t(`import.status.${row.status}`) },
  {
    key: "counts",
    header: t("import.col.counts"),
    numeric: true,
    cell: (row) => `${formatNumber(row.createRows)} / ${formatNumber(row.updateRows)} / ${formatNumber(row.rejectedRows)}`,
  },
];

export function ImportTable({ rows }: { rows: ImportListRow[] }) {
  return <Table caption={t("import.history")} columns={COLUMNS} rows={rows} rowKey={(row) => row.id} empty={t("import.noHistory")} testId="import-history" />;
}

type ErrorRow = RowError;

const ERROR_COLUMNS: Column<ErrorRow>[] = [
  { key: "line", header: t("import.report.line"), numeric: true, cell: (error) => formatNumber(error.line) },
  { key: "column", header: t("import.report.column"), cell: (error) => error.column },
  { key: "reason", header: t("import.report.reason"), cell: (error) => reasonText(error.reason) },
];

/** The first rejected rows of a run, with their line, column and reason. */
export function ImportErrors({ errors, caption }: { errors: readonly ErrorRow[]; caption: string }) {
  return <Table caption={caption} columns={ERROR_COLUMNS} rows={errors} rowKey={(_error, i) => i} testId="import-errors" />;
}
