// Quota rows of one year by agency and category, with headcount, vacancies and streamlining cases;
// a headcount above the quota is flagged. Filters are a GET form (the URL is the state).
import Link from "next/link";
import { CheckboxField, FilterForm, SelectField } from "@/components/ui/controls";
import { CellLink, Table, type Column } from "@/components/ui/table";
import { Section } from "@/components/ui/section";
import type { QuotaRowView } from "@/lib/data/staffing";
import type { StaffingQuery } from "@/lib/validations/staffing";
import { CATEGORIES } from "@/lib/validations/staffing";
import { useTranslations } from "next-intl";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import type { Translator } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";

type Props = { rows: QuotaRowView[]; years: number[]; year: number; query: StaffingQuery };

function quotaColumns(t: Translator, f: LocaleFormat): Column<QuotaRowView>[] {
  return [
    {
      key: "agency",
      header: t("staffing.col.agency"),
      rowHeader: true,
      cell: (row) => (
        <>
          <CellLink href={`/agencies/${row.agencyId}`}>{row.agencyName}</CellLink>
          {row.sourceRows > 1 ? <span className="block text-xs font-normal text-muted">{t("org.staffing.sources", { count: String(row.sourceRows) })}</span> : null}
        </>
      ),
    },
    { key: "category", header: t("staffing.col.category"), cell: (row) => t(`staffing.category.${row.category}`) },
    { key: "quota", header: t("staffing.col.quota"), numeric: true, cell: (row) => f.number(row.quota) },
    {
      key: "headcount",
      header: t("staffing.col.headcount"),
      numeric: true,
      cell: (row) => (
        <>
          {row.actualHeadcount === null ? t("staffing.notReported") : f.number(row.actualHeadcount)}
          {row.overQuota > 0 ? (
            <span className="ml-2 rounded bg-accent-600 px-1.5 py-0.5 text-xs font-semibold text-white">
              {t("staffing.overQuota", { count: f.number(row.overQuota) })}
            </span>
          ) : null}
        </>
      ),
    },
    { key: "vacancies", header: t("staffing.col.vacancies"), numeric: true, cell: (row) => (row.vacancies === null ? "—" : f.number(row.vacancies)) },
    { key: "streamlined", header: t("staffing.col.streamlined"), numeric: true, cell: (row) => f.number(row.streamlined) },
    {
      key: "decision",
      header: t("staffing.col.decision"),
      cell: (row) =>
        row.decisionNumber ? t("staffing.decisionRef", { number: row.decisionNumber, date: row.decisionDate ? f.date(row.decisionDate) : "" }) : "—",
    },
  ];
}

export function QuotaTable({ rows, years, year, query }: Props) {
  const t = useTranslations();
  const f = useFormat();
  const filtered = query.category || query.over || query.year;
  return (
    <Section id="quota-table" title={t("staffing.quotas.heading", { year: String(year) })}>
      <FilterForm action="/staffing" label={t("staffing.quotas.filters")} submitLabel={t("staffing.quotas.apply")} hidden={{ units: query.units === "today" ? undefined : query.units }}
        after={filtered ? <Link href="/staffing" className="px-2 py-2 text-brand-700 underline">{t("staffing.quotas.clear")}</Link> : null} >
        <SelectField id="year" name="year" label={t("staffing.col.year")} defaultValue={year} options={years.map((y) => ({ value: y, label: String(y) }))} />
        <SelectField id="category" name="category" label={t("staffing.col.category")} defaultValue={query.category}
          allLabel={t("staffing.quotas.allCategories")} options={CATEGORIES.map((c) => ({ value: c, label: t(`staffing.category.${c}`) }))} />
        <CheckboxField name="over" label={t("staffing.quotas.overOnly")} defaultChecked={query.over} />
      </FilterForm>
      <p className="text-sm text-muted" data-testid="quota-row-count">
        {t("staffing.quotas.count", { count: f.number(rows.length), over: f.number(rows.filter((r) => r.overQuota > 0).length) })}
      </p>
      <Table caption={t("staffing.quotas.heading", { year: String(year) })} columns={quotaColumns(t, f)} rows={rows} rowKey={(row) => row.key}
        rowProps={(row) => ({ "data-testid": "quota-row", "data-over": row.overQuota > 0 ? "true" : "false", className: row.overQuota > 0 ? "bg-accent-100" : undefined })}
        empty={t("staffing.quotas.none")} maxHeight="max-h-[36rem]" testId="quota-table" />
    </Section>
  );
}
