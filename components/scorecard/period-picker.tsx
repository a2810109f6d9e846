// The period of the scorecard: a quarter or a year from a list, or a date range. Plain GET forms:
// the period lives in the URL (shareable, printable), and the page works without JavaScript.
import { t } from "@/lib/i18n";
import { formatPeriod } from "@/lib/i18n/format";
import { periodKey, type Period } from "@/lib/metrics/periods";

type PeriodPickerProps = { period: Period; quarters: Period[]; years: Period[]; dataAsOf: string; hidden?: Record<string, string> };

/** Parameters the forms keep (e.g. the units a page reads figures by). */
function Hidden({ values }: { values: Record<string, string> }) {
  return Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />);
}

const FIELD = "min-h-11 rounded-md border border-border bg-surface px-3 py-2 text-sm";
const BUTTON = "min-h-11 rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800";

export function PeriodPicker({ period, quarters, years, dataAsOf, hidden = {} }: PeriodPickerProps) {
  const current = periodKey(period);
  const listed = [...quarters, ...years].some((p) => periodKey(p) === current);
  return (
    <section aria-labelledby="period-heading" className="rounded-lg border border-border bg-surface p-4" data-print="hide">
      <h2 id="period-heading" className="mb-3 font-semibold text-brand-900">
        {t("scorecard.picker.heading")}
      </h2>
      <div className="flex flex-col gap-4 lg:flex-row lg:items-end lg:gap-8">
        <form method="get" action="/scorecard" className="flex flex-wrap items-end gap-2">
          <Hidden values={hidden} />
          <label className="flex flex-col gap-1 text-sm font-medium">
            {t("scorecard.picker.preset")}
            <select name="period" defaultValue={listed ? current : undefined} className={FIELD} data-testid="period-select">
              <optgroup label={t("scorecard.picker.quarters")}>
                {quarters.map((p) => (
                  <option key={periodKey(p)} value={periodKey(p)}>
                    {formatPeriod(p)}
                  </option>
                ))}
              </optgroup>
              <optgroup label={t("scorecard.picker.years")}>
                {years.map((p) => (
                  <option key={periodKey(p)} value={periodKey(p)}>
                    {formatPeriod(p)}
                  </option>
                ))}
              </optgroup>
            </select>
          </label>
          <button type="submit" className={BUTTON} data-testid="period-submit">
            {t("scorecard.picker.show")}
          </button>
        </form>
        <form method="get" action="/scorecard" className="flex flex-wrap items-end gap-2">
          <Hidden values={hidden} />
          <fieldset className="flex flex-wrap items-end gap-2">
            <legend className="mb-1 text-sm font-medium">{t("scorecard.picker.range")}</legend>
            <label className="flex flex-col gap-1 text-sm">
              {t("scorecard.picker.from")}
              <input type="date" name="from" required defaultValue={period.from} max={dataAsOf} className={FIELD} />
            </label>
            <label className="flex flex-col gap-1 text-sm">
              {t("scorecard.picker.to")}
              <input type="date" name="to" required defaultValue={period.to} className={FIELD} />
            </label>
            <button type="submit" className={BUTTON}>
              {t("scorecard.picker.show")}
            </button>
          </fieldset>
        </form>
      </div>
    </section>
  );
}
