// The columns of the approved report totals, shared by the reports' page and the scorecard:
// indicator, (area,) province total and how many approved reports carry it, as text columns for
// TextTable (issue 19: the rows travel as strings). A total cell's test id is the prefix and the row's code.
import { formatValue } from "@/components/reports/report-display";
import type { ApprovedTotal } from "@/lib/data/reports/approved";
import { t as legacyT } from "@/lib/i18n";
import { viFormat } from "@/lib/i18n/format";
import type { Intl } from "@/lib/i18n/translator";
import type { TextColumnOf } from "@/lib/ui/compact-rows";

type ColumnKey = "reports.col.indicator" | "indicators.col.area" | "reports.col.total" | "reports.col.reports" | `reports.area.${ApprovedTotal["area"]}`;

type Options = {
  testIdPrefix: string;
  withArea: boolean;
  /** The viewer's translator and formats; without it (a caller not on next-intl yet), Vietnamese. */
  intl?: Intl;
};

export function approvedTotalColumns({ testIdPrefix, withArea, intl }: Options): TextColumnOf<ApprovedTotal>[] {
  const text = (key: ColumnKey) => (intl ? intl.t(key) : legacyT(key));
  const f = intl?.f ?? viFormat;
  return [
    { key: "indicator", header: text("reports.col.indicator"), rowHeader: true, text: (row) => row.nameVi },
    ...(withArea ? [{ key: "area", header: text("indicators.col.area"), text: (row: ApprovedTotal) => text(`reports.area.${row.area}`) }] : []),
    {
      key: "total",
      header: text("reports.col.total"),
      numeric: true,
      className: "font-semibold",
      testIdPrefix,
      text: (row) => formatValue(row.value, row.unit, intl),
    },
    { key: "reports", header: text("reports.col.reports"), numeric: true, text: (row) => f.number(row.reports) },
  ];
}
