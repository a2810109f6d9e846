// The period of the scorecard: a quarter or a year from a list, or a date range. Plain GET forms:
// the period lives in the URL (shareable, printable), and the page works without JavaScript.
import { DateField, FilterForm, SelectField } from "@/components/ui/controls";
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { periodKey, type Period } from "@/lib/metrics/periods";

type PeriodPickerProps = { period: Period; quarters: Period[]; years: Period[]; firstDay: string; dataAsOf: string; lastDay: string; hidden?: Record<string, string | undefined> };

const options = (periods: Period[]) => periods.map((p) => ({ value: periodKey(p), label: formatPeriod(p) }));

/** `hidden`: parameters the forms keep (e.g. the units a page reads figures by). */
export function PeriodPicker({ period, quarters, years, firstDay, dataAsOf, lastDay, hidden = {} }: PeriodPickerProps) {
  const current = periodKey(period);
  const listed = [...quarters, ...years].some((p) => periodKey(p) === current);
  return (
    <section aria-labelledby="period-heading" className="rounded-lg border border-border bg-surface p-4" data-print="hide">
      <h2 id="period-heading" className="mb-3 font-semibold text-brand-900">
        {t("scorecard.picker.heading")}
      </h2>
      <div className="flex flex-col gap-4 lg:flex-row lg:items-end lg:gap-8">
        <FilterForm action="/scorecard" submitLabel={t("scorecard.picker.show")} submitTestId="period-submit" hidden={hidden}>
          <SelectField
            id="period-preset"
            name="period"
            label={t("scorecard.picker.preset")}
            defaultValue={listed ? current : undefined}
            groups={[
              { label: t("scorecard.picker.quarters"), options: options(quarters) },
              { label: t("scorecard.picker.years"), options: options(years) },
            ]}
            testId="period-select"
          />
        </FilterForm>
        <FilterForm action="/scorecard" legend={t("scorecard.picker.range")} submitLabel={t("scorecard.picker.show")} hidden={hidden}>
          <DateField id="period-from" name="from" label={t("scorecard.picker.from")} required defaultValue={period.from} min={firstDay} max={dataAsOf} />
          <DateField id="period-to" name="to" label={t("scorecard.picker.to")} required defaultValue={period.to} min={firstDay} max={lastDay} />
        </FilterForm>
      </div>
    </section>
  );
}
