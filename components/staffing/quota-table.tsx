// Quota rows of one year by agency and category, with headcount, vacancies and streamlining cases;
// a headcount above the quota is flagged. Filters are a GET form (the URL is the state).
import Link from "next/link";
import { CheckboxField, FilterForm, SelectField } from "@/components/ui/controls";
import { Section } from "@/components/ui/section";
import { packDictionary } from "@/lib/ui/compact-rows";
import { QuotaRows, type QuotaCells } from "./quota-rows";
import type { QuotaRowView } from "@/lib/data/staffing";
import type { StaffingQuery } from "@/lib/validations/staffing";
import { CATEGORIES } from "@/lib/validations/staffing";
import { useTranslations } from "next-intl";
import type { LocaleFormat } from "@/lib/i18n/locale-format";
import type { Translator } from "@/lib/i18n/translator";
import { useFormat } from "@/lib/i18n/use-format";

type Props = { rows: QuotaRowView[]; years: number[]; year: number; query: StaffingQuery };

const COLUMNS = ["agency", "category", "quota", "headcount", "vacancies", "streamlined", "decision"] as const;

/** A row as QuotaRows takes it (drawn on the client, issue 19), every cell formatted here. */
function cells(row: QuotaRowView, t: Translator, f: LocaleFormat): QuotaCells {
  return [
    row.key,
    String(row.agencyId),
    row.agencyName,
    row.sourceRows > 1 ? t("org.staffing.sources", { count: String(row.sourceRows) }) : "",
    f.number(row.quota),
    row.actualHeadcount === null ? t("staffing.notReported") : f.number(row.actualHeadcount),
    row.overQuota > 0 ? t("staffing.overQuota", { count: f.number(row.overQuota) }) : "",
    row.vacancies === null ? "—" : f.number(row.vacancies),
    f.number(row.streamlined),
    row.decisionNumber ? t("staffing.decisionRef", { number: row.decisionNumber, date: row.decisionDate ? f.date(row.decisionDate) : "" }) : "—",
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
      <QuotaRows caption={t("staffing.quotas.heading", { year: String(year) })} headers={Object.fromEntries(COLUMNS.map((key) => [key, t(`staffing.col.${key}`)]))}
        rows={rows.map((row) => cells(row, t, f))} categories={packDictionary(rows.map((row) => t(`staffing.category.${row.category}`)))} empty={t("staffing.quotas.none")} />
    </Section>
  );
}
