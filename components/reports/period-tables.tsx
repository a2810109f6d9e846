// The reporting periods (opening, deadline, lock) and the reopenings granted to agencies.
import { Table, type Column } from "@/components/ui/table";
import type { ReopeningRow } from "@/lib/data/reports/periods";
import type { PeriodRow } from "@/lib/data/province/periods";
import { t } from "@/lib/i18n";
import { formatDate, formatPeriod } from "@/lib/i18n/format";
import { quarterPeriod } from "@/lib/metrics/periods";
import { formatEndDay } from "./report-display";

const label = (p: { year: number; quarter: number }) => formatPeriod(quarterPeriod(p.year, p.quarter));

const PERIOD_COLUMNS: Column<PeriodRow>[] = [
  { key: "period", header: t("periods.col.period"), rowHeader: true, cell: label },
  { key: "opensAt", header: t("periods.col.opensAt"), cell: (p) => formatDate(p.opensAt) },
  { key: "deadline", header: t("periods.col.deadline"), cell: (p) => formatEndDay(p.deadline) },
  { key: "locksAt", header: t("periods.col.locksAt"), cell: (p) => formatEndDay(p.locksAt) },
];

export function PeriodTable({ periods }: { periods: PeriodRow[] }) {
  return <Table caption={t("periods.caption")} captionVisible columns={PERIOD_COLUMNS} rows={periods} rowKey={(p) => p.id} />;
}

const REOPENING_COLUMNS: Column<ReopeningRow>[] = [
  { key: "period", header: t("periods.col.period"), rowHeader: true, cell: label },
  { key: "agency", header: t("periods.reopen.col.agency"), cell: (r) => r.agencyName },
  { key: "until", header: t("periods.reopen.col.until"), cell: (r) => formatEndDay(r.until) },
  { key: "reason", header: t("periods.reopen.col.reason"), cell: (r) => r.reason },
  { key: "by", header: t("periods.reopen.col.by"), cell: (r) => r.createdBy },
];

export function ReopeningTable({ reopenings }: { reopenings: ReopeningRow[] }) {
  return <Table caption={t("periods.reopen.caption")} captionVisible columns={REOPENING_COLUMNS} rows={reopenings} rowKey={(r) => r.id} />;
}
