// The columns of the approved report totals, shared by the reports' page and the scorecard:
// indicator, (area,) province total and how many approved reports carry it.
import { formatValue } from "@/components/reports/report-display";
import type { Column } from "@/components/ui/table";
import type { ApprovedTotal } from "@/lib/data/reports/approved";
import { t } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";

export function approvedTotalColumns({ testIdPrefix, withArea }: { testIdPrefix: string; withArea: boolean }): Column<ApprovedTotal>[] {
  return [
    { key: "indicator", header: t("reports.col.indicator"), rowHeader: true, cell: (row) => row.nameVi },
    ...(withArea ? [{ key: "area", header: t("indicators.col.area"), cell: (row: ApprovedTotal) => t(`reports.area.${row.area}`) }] : []),
    {
      key: "total",
      header: t("reports.col.total"),
      numeric: true,
      className: "font-semibold",
      cellData: (row) => ({ "data-testid": `${testIdPrefix}-${row.code}` }),
      cell: (row) => formatValue(row.value, row.unit),
    },
    { key: "reports", header: t("reports.col.reports"), numeric: true, cell: (row) => formatNumber(row.reports) },
  ];
}
