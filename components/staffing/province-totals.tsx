// The province's quota, reported headcount and vacancies per year and category, with the number
// of agencies over their quota.
import { Table, type Column } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import type { ProvinceStaffingYear } from "@/lib/data/staffing";
import { useTranslations } from "next-intl";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import type { Translator } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";

function totalsColumns(t: Translator, f: LocaleFormat): Column<ProvinceStaffingYear>[] {
  return [
    { key: "year", header: t("staffing.col.year"), rowHeader: true, cell: (row) => row.year },
    { key: "category", header: t("staffing.col.category"), cell: (row) => t(`staffing.category.${row.category}`) },
    {
      key: "quota",
      header: t("staffing.col.quota"),
      numeric: true,
      cellData: (row) => ({ "data-testid": `province-quota-${row.year}-${row.category}` }),
      cell: (row) => f.number(row.quota),
    },
    {
      key: "headcount",
      header: t("staffing.col.headcount"),
      numeric: true,
      cell: (row) => (
        <>
          <span data-testid={`province-headcount-${row.year}-${row.category}`}>{f.number(row.headcount)}</span>
          {row.reported < row.rows ? <span className="block text-xs text-muted">{t("staffing.reportedOf", { reported: String(row.reported), rows: String(row.rows) })}</span> : null}
        </>
      ),
    },
    { key: "vacancies", header: t("staffing.col.vacancies"), numeric: true, cell: (row) => f.number(Math.max(0, row.quota - row.headcount)) },
    { key: "streamlined", header: t("staffing.col.streamlined"), numeric: true, cell: (row) => f.number(row.streamlined) },
    {
      key: "overQuotaAgencies",
      header: t("staffing.col.overQuotaAgencies"),
      numeric: true,
      className: (row) => (row.overQuotaAgencies > 0 ? "font-semibold text-accent-700" : undefined),
      cell: (row) => f.number(row.overQuotaAgencies),
    },
  ];
}

export function ProvinceTotals({ totals }: { totals: ProvinceStaffingYear[] }) {
  const t = useTranslations();
  const f = useFormat();
  const sorted = [...totals].sort((a, b) => b.year - a.year || a.category.localeCompare(b.category));
  return (
    <Section id="province-totals" title={t("staffing.totals.heading")}>
      <Table caption={t("staffing.totals.heading")} columns={totalsColumns(t, f)} rows={sorted} rowKey={(row) => `${row.year}-${row.category}`} />
    </Section>
  );
}
