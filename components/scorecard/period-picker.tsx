// The period of the scorecard: a quarter or a year from a list, or a date range that ends on the
// data's day at the latest (the schema refuses a later end); the active mode is said in words. Plain GET forms:
// the period lives in the URL (shareable, printable), and the page works without JavaScript.
import { DateField, FilterForm, SelectField } from "@/components/ui/controls";
import { periodKey, throughDay, type Period } from "@/lib/metrics/periods";
import { useTranslations } from "next-intl";
import { useFormat } from "@/lib/i18n/use-format";
import type { LocaleFormat } from "@/lib/i18n/locale-format";

type PeriodPickerProps = { period: Period; quarters: Period[]; years: Period[]; firstDay: string; dataAsOf: string; hidden?: Record<string, string | undefined> };

// the running quarter and year are listed as far as the data reach: "Quý IV/2026 đến ngày 20/11/2026"
const options = (periods: Period[], dataAsOf: string, f: LocaleFormat) => periods.map((p) => ({ value: periodKey(p), label: f.period(throughDay(p, dataAsOf)) }));

/** `hidden`: parameters the forms keep (e.g. the units a page reads figures by). */
export function PeriodPicker({ period, quarters, years, firstDay, dataAsOf, hidden = {} }: PeriodPickerProps) {
  const t = useTranslations();
  const f = useFormat();
  const current = periodKey(period);
  const listed = [...quarters, ...years].some((p) => periodKey(p) === current);
  return (
    <section aria-labelledby="period-heading" className="rounded-lg border border-border bg-surface p-4" data-print="hide">
      <div className="mb-3 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 id="period-heading" className="font-semibold text-brand-900">
          {t("scorecard.picker.heading")}
        </h2>
        <p className="text-sm text-muted" data-testid="period-mode" data-mode={period.kind}>
          {t("scorecard.picker.modeLabel", { mode: t(`scorecard.picker.mode.${period.kind}`) })}
        </p>
      </div>
      <div className="flex flex-col gap-4 lg:flex-row lg:items-end lg:gap-8">
        <FilterForm action="/scorecard" submitLabel={t("scorecard.picker.show")} submitTestId="period-submit" hidden={hidden}>
          <SelectField
            id="period-preset"
            name="period"
            label={t("scorecard.picker.preset")}
            defaultValue={listed ? current : undefined}
            groups={[
              { label: t("scorecard.picker.quarters"), options: options(quarters, dataAsOf, f) },
              { label: t("scorecard.picker.years"), options: options(years, dataAsOf, f) },
            ]}
            testId="period-select"
          />
        </FilterForm>
        <FilterForm action="/scorecard" legend={t("scorecard.picker.range")} submitLabel={t("scorecard.picker.show")} hidden={hidden}>
          <DateField id="period-from" name="from" label={t("scorecard.picker.from")} required defaultValue={period.from} min={firstDay} max={dataAsOf} />
          <DateField id="period-to" name="to" label={t("scorecard.picker.to")} required defaultValue={period.to < dataAsOf ? period.to : dataAsOf} min={firstDay} max={dataAsOf} />
        </FilterForm>
      </div>
    </section>
  );
}
