// The import history as a table: when, who, which file, kind, status and counts; and a run's
// rejected rows, their reasons in the viewer's language.
import { useTranslations } from "next-intl";
import { CellLink, Table, type Column } from "@/components/ui/table";
import type { ImportListRow } from "@/lib/data/imports/read";
import type { Intl } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";
import { reasonText } from "@/lib/import/reasons";
import { columnText, type RowError } from "@/lib/import/report";

const columns = ({ t, f }: Intl): Column<ImportListRow>[] => [
  { key: "when", header: t("import.col.when"), className: "tabular-nums", cell: (row) => f.dateTime(row.createdAt) },
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
    cell: (row) => `${f.number(row.createRows)} / ${f.number(row.updateRows)} / ${f.number(row.rejectedRows)}`,
  },
];

export function ImportTable({ rows }: { rows: ImportListRow[] }) {
  const t = useTranslations();
  const f = useFormat();
  return <Table caption={t("import.history")} columns={columns({ t, f })} rows={rows} rowKey={(row) => row.id} empty={t("import.noHistory")} testId="import-history" />;
}

type ErrorRow = RowError;

const errorColumns = ({ t, f }: Intl): Column<ErrorRow>[] => [
  { key: "line", header: t("import.report.line"), numeric: true, cell: (error) => f.number(error.line) },
  { key: "column", header: t("import.report.column"), cell: (error) => columnText(error.column, f.locale) },
  { key: "reason", header: t("import.report.reason"), cell: (error) => reasonText(error.reason, f.locale) },
];

/** The first rejected rows of a run, with their line, column and reason. */
export function ImportErrors({ errors, caption }: { errors: readonly ErrorRow[]; caption: string }) {
  const t = useTranslations();
  const f = useFormat();
  return <Table caption={caption} columns={errorColumns({ t, f })} rows={errors} rowKey={(_error, i) => i} testId="import-errors" />;
}
