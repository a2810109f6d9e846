// The reports' board: agencies × quarters, each cell the report's status and timeliness (and the
// values changed since its approval), opening the report. Drawn by the client component
// ReportBoardRows from compact rows (issue 19: the board of every agency weighed 419 KB).
import type { ComponentProps } from "react";
import type { BoardRow } from "@/lib/data/reports/board";
import type { PeriodRow } from "@/lib/data/province/periods";
import type { Intl } from "@/lib/i18n/translator";
import { ReportStatus } from "@/lib/generated/prisma/enums";
import type { Timeliness } from "@/lib/rules/report-workflow";
import { ReportBoardRows } from "./report-board-rows";

const TIMELINESS: readonly Timeliness[] = ["onTime", "late", "missing", "pending"];

type Words = ComponentProps<typeof ReportBoardRows>["words"];
type Props = {
  rows: BoardRow[];
  periods: PeriodRow[];
  caption: string;
  keyOf: (p: PeriodRow) => string;
  label: (p: PeriodRow) => string;
  empty?: string;
  /** The viewer's translator and formats. */
  intl: Intl;
};

export function ReportBoard({ rows, periods, caption, keyOf, label, empty, intl: { t: text, f } }: Props) {
  // the words travel once, not per cell: the client table puts them in
  const words = {
    status: Object.fromEntries(Object.values(ReportStatus).map((status) => [status, text(`reports.status.${status}`)])),
    timeliness: Object.fromEntries(TIMELINESS.map((value) => [value, text(`reports.timeliness.${value}`)])),
  } as Words;
  return (
    <ReportBoardRows caption={caption} agencyHeader={text("reports.col.agency")} periods={periods.map((p) => ({ key: keyOf(p), label: label(p) }))}
      rows={rows.map((row) => [
        String(row.agencyId),
        row.agencyName,
        ...row.cells.map((cell) => [cell.status, cell.timeliness, ...(cell.changedSinceApproval > 0 ? [f.number(cell.changedSinceApproval)] : [])].join(" ")),
      ])}
      changedLabel={text("reports.col.changed")} words={words} empty={empty ?? text("reports.board.none")} />
  );
}
