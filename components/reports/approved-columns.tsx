// The columns of the approved report totals, shared by the reports' page and the scorecard:
// indicator, (area,) province total and how many approved reports carry it, as text columns for
// TextTable (issue 19: the rows travel as strings). A total cell's test id is the prefix and the row's code.
import { formatValue } from "@/components/reports/report-display";
import type { ApprovedTotal } from "@/lib/data/reports/approved";
import { t } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";
import type { TextColumnOf } from "@/lib/ui/compact-rows";

export function approvedTotalColumns({ testIdPrefix, withArea }: { testIdPrefix: string; withArea: boolean }): TextColumnOf<ApprovedTotal>[] {
  return [
    { key: "indicator", header: t("reports.col.indicator"), rowHeader: true, text: (row) => row.nameVi },
    ...(withArea ? [{ key: "area", header: t("indicators.col.area"), text: (row: ApprovedTotal) => t(`reports.area.${row.area}`) }] : []),
    {
      key: "total",
      header: t("reports.col.total"),
      numeric: true,
      className: "font-semibold",
      testIdPrefix,
      text: (row) => formatValue(row.value, row.unit),
    },
    { key: "reports", header: t("reports.col.reports"), numeric: true, text: (row) => formatNumber(row.reports) },
  ];
}
