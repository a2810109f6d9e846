// The import history as a table: when, who, which file, kind, status and counts.
import Link from "next/link";
import type { ImportListRow } from "@/lib/data/imports/read";
import { t } from "@/lib/i18n";
import { formatDateTime, formatNumber } from "@/lib/i18n/format";

export function ImportTable({ rows }: { rows: ImportListRow[] }) {
  if (rows.length === 0) return <p className="rounded-md border border-border bg-surface px-4 py-6 text-center text-muted">{t("import.noHistory")}</p>;
  return (
    <div className="overflow-x-auto rounded-lg border border-border bg-surface shadow-sm">
      <table className="min-w-full text-left text-sm" data-testid="import-history">
        <thead className="bg-brand-50 text-brand-900">
          <tr>
            {(["import.col.when", "import.col.who", "import.col.file", "import.col.kind", "import.col.status", "import.col.counts"] as const).map((key) => (
              <th key={key} scope="col" className="px-4 py-3 font-semibold">
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="px-4 py-3 tabular-nums">{formatDateTime(row.createdAt)}</td>
              <td className="px-4 py-3">{row.createdBy.fullName}</td>
              <td className="px-4 py-3">
                <Link href={`/admin/imports/${row.id}`} className="text-brand-700 underline">
                  {row.fileName}
                </Link>
              </td>
              <td className="px-4 py-3">{t(`import.kind.${row.kind}`)}</td>
              <td className="px-4 py-3">{t(`import.status.${row.status}`)}</td>
              <td className="px-4 py-3 tabular-nums">
                {formatNumber(row.createRows)} / {formatNumber(row.updateRows)} / {formatNumber(row.rejectedRows)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
