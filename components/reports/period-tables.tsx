// The reporting periods (opening, deadline, lock) and the reopenings granted to agencies.
import { useTranslations } from "next-intl";
import { Table, type Column } from "@/components/ui/table";
import type { ReopeningRow } from "@/lib/data/reports/periods";
import type { PeriodRow } from "@/lib/data/province/periods";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import { useFormat } from "@/lib/i18n/use-format";
import { quarterPeriod } from "@/lib/metrics/periods";
import { formatEndDay } from "./report-display";

const labelOf = (f: LocaleFormat) => (p: { year: number; quarter: number }) => f.period(quarterPeriod(p.year, p.quarter));

export function PeriodTable({ periods }: { periods: PeriodRow[] }) {
  const t = useTranslations("periods");
  const f = useFormat();
  const columns: Column<PeriodRow>[] = [
    { key: "period", header: t("col.period"), rowHeader: true, cell: labelOf(f) },
    { key: "opensAt", header: t("col.opensAt"), cell: (p) => f.date(p.opensAt) },
    { key: "deadline", header: t("col.deadline"), cell: (p) => formatEndDay(p.deadline, f) },
    { key: "locksAt", header: t("col.locksAt"), cell: (p) => formatEndDay(p.locksAt, f) },
  ];
  return <Table caption={t("caption")} captionVisible columns={columns} rows={periods} rowKey={(p) => p.id} />;
}

export function ReopeningTable({ reopenings }: { reopenings: ReopeningRow[] }) {
  const t = useTranslations("periods");
  const f = useFormat();
  const columns: Column<ReopeningRow>[] = [
    { key: "period", header: t("col.period"), rowHeader: true, cell: labelOf(f) },
    { key: "agency", header: t("reopen.col.agency"), cell: (r) => r.agencyName },
    { key: "until", header: t("reopen.col.until"), cell: (r) => formatEndDay(r.until, f) },
    { key: "reason", header: t("reopen.col.reason"), cell: (r) => r.reason },
    { key: "by", header: t("reopen.col.by"), cell: (r) => r.createdBy },
  ];
  return <Table caption={t("reopen.caption")} captionVisible columns={columns} rows={reopenings} rowKey={(r) => r.id} />;
}
