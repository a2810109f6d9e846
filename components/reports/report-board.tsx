// The reports' board: agencies × quarters, each cell the report's status and timeliness (and the
// values changed since its approval), opening the report. Drawn by the client component
// ReportBoardRows from compact rows (issue 19: the board of every agency weighed 419 KB).
import type { ComponentProps } from "react";
import type { BoardRow } from "@/lib/data/reports/board";
import type { PeriodRow } from "@/lib/data/province/periods";
import { t } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import { ReportStatus } from "@/lib/generated/prisma/enums";
import type { Timeliness } from "@/lib/rules/report-workflow";
import { ReportBoardRows } from "./report-board-rows";

// the board's page is still on the Vietnamese catalogue (issue 23: not yet moved to next-intl)
const TIMELINESS: readonly Timeliness[] = ["onTime", "late", "missing", "pending"];
const WORDS = {
  status: Object.fromEntries(Object.values(ReportStatus).map((status) => [status, t(`reports.status.${status}`)])),
  timeliness: Object.fromEntries(TIMELINESS.map((value) => [value, t(`reports.timeliness.${value}`)])),
} as ComponentProps<typeof ReportBoardRows>["words"];

type Props = { rows: BoardRow[]; periods: PeriodRow[]; caption: string; keyOf: (p: PeriodRow) => string; label: (p: PeriodRow) => string; empty?: string };

export function ReportBoard({ rows, periods, caption, keyOf, label, empty = t("reports.board.none") }: Props) {
  return (
    <ReportBoardRows caption={caption} agencyHeader={t("reports.col.agency")} periods={periods.map((p) => ({ key: keyOf(p), label: label(p) }))}
      rows={rows.map((row) => [
        String(row.agencyId),
        row.agencyName,
        ...row.cells.map((cell) => [cell.status, cell.timeliness, ...(cell.changedSinceApproval > 0 ? [formatNumber(cell.changedSinceApproval)] : [])].join(" ")),
      ])}
      changedLabel={t("reports.col.changed")} words={WORDS} empty={empty} />
  );
}
