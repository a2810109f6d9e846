// The reports' board: agencies × quarters, each cell the report's status and timeliness (and the
// values changed since its approval), opening the report.
import Link from "next/link";
import { Table, type Column } from "@/components/ui/table";
import type { BoardRow } from "@/lib/data/reports/board";
import type { PeriodRow } from "@/lib/data/province/periods";
import { t } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { StatusBadge, TimelinessLabel } from "./report-display";

type Props = { rows: BoardRow[]; periods: PeriodRow[]; caption: string; keyOf: (p: PeriodRow) => string; label: (p: PeriodRow) => string; empty?: string };

export function ReportBoard({ rows, periods, caption, keyOf, label, empty = t("reports.board.none") }: Props) {
  const columns: Column<BoardRow>[] = [
    { key: "agency", header: t("reports.col.agency"), rowHeader: true, cell: (row) => row.agencyName },
    ...periods.map((p, i) => ({
      key: keyOf(p),
      header: label(p),
      cellData: () => ({ "data-period": keyOf(p) }),
      cell: (row: BoardRow) => {
        const cell = row.cells[i]!;
        return (
          // the row's agency and the column's quarter go before the visible text, not instead of it:
          // a speech-input user says what they see (axe: label-content-name-mismatch)
          <Link href={`/reports/${keyOf(p)}/${row.agencyId}`} className="block space-y-0.5 hover:underline">
            <span className="sr-only">{`${row.agencyName}, ${label(p)}: `}</span>
            <StatusBadge status={cell.status} />
            <span className="block">
              <TimelinessLabel value={cell.timeliness} />
            </span>
            {cell.changedSinceApproval > 0 ? (
              <span className="block text-xs text-accent-700">
                {t("reports.col.changed")}: {formatNumber(cell.changedSinceApproval)}
              </span>
            ) : null}
          </Link>
        );
      },
    })),
  ];
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row.agencyId} rowProps={(row) => ({ "data-agency": row.agencyId })} empty={empty} />;
}
