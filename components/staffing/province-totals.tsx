// The province's quota, reported headcount and vacancies per year and category, with the number
// of agencies over their quota.
import { Table, type Column } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import type { ProvinceStaffingYear } from "@/lib/data/staffing";
import { t } from "@/lib/i18n";
import { formatNumber } from "@/lib/i18n/format";

const COLUMNS: Column<ProvinceStaffingYear>[] = [
  { key: "year", header: t("staffing.col.year"), rowHeader: true, cell: (row) => row.year },
  { key: "category", header: t("staffing.col.category"), cell: (row) => t(`staffing.category.${row.category}`) },
  {
    key: "quota",
    header: t("staffing.col.quota"),
    numeric: true,
    cellData: (row) => ({ "data-testid": `province-quota-${row.year}-${row.category}` }),
    cell: (row) => formatNumber(row.quota),
  },
  {
    key: "headcount",
    header: t("staffing.col.headcount"),
    numeric: true,
    cell: (row) => (
      <>
        <span data-testid={`province-headcount-${row.year}-${row.category}`}>{formatNumber(row.headcount)}</span>
        {row.reported < row.rows ? <span className="block text-xs text-muted">{t("staffing.reportedOf", { reported: row.reported, rows: row.rows })}</span> : null}
      </>
    ),
  },
  { key: "vacancies", header: t("staffing.col.vacancies"), numeric: true, cell: (row) => formatNumber(Math.max(0, row.quota - row.headcount)) },
  { key: "streamlined", header: t("staffing.col.streamlined"), numeric: true, cell: (row) => formatNumber(row.streamlined) },
  {
    key: "overQuotaAgencies",
    header: t("staffing.col.overQuotaAgencies"),
    numeric: true,
    className: (row) => (row.overQuotaAgencies > 0 ? "font-semibold text-accent-700" : undefined),
    cell: (row) => formatNumber(row.overQuotaAgencies),
  },
];

export function ProvinceTotals({ totals }: { totals: ProvinceStaffingYear[] }) {
  const sorted = [...totals].sort((a, b) => b.year - a.year || a.category.localeCompare(b.category));
  return (
    <Section id="province-totals" title={t("staffing.totals.heading")}>
      <Table caption={t("staffing.totals.heading")} columns={COLUMNS} rows={sorted} rowKey={(row) => `${row.year}-${row.category}`} />
    </Section>
  );
}
