// The columns of the approved report totals, shared by the reports' page and the scorecard:
// indicator, (area,) province total and how many approved reports carry it, as text columns for
// TextTable (issue 19: the rows travel as strings). A total cell's test id is the prefix and the row's code.
import { formatValue } from "@/components/reports/report-display";
import type { ApprovedTotal } from "@/lib/data/reports/approved";
import { localName } from "@/lib/i18n/locale";
import type { Intl } from "@/lib/i18n/translator";
import type { TextColumnOf } from "@/lib/ui/compact-rows";

type Options = {
  testIdPrefix: string;
  withArea: boolean;
  /** The viewer's translator and formats. */
  intl: Intl;
};

export function approvedTotalColumns({ testIdPrefix, withArea, intl }: Options): TextColumnOf<ApprovedTotal>[] {
  const { t: text, f } = intl;
  return [
    { key: "indicator", header: text("reports.col.indicator"), rowHeader: true, text: (row) => localName(f.locale, { name: row.nameVi, nameEn: row.nameEn }) },
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
