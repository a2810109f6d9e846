// A GET form choosing a quarter (`?period=2024-Q2`); works without JavaScript.
import { t } from "@/lib/i18n";

export function PeriodPicker({ action, periods, selected }: { action: string; periods: { key: string; label: string }[]; selected: string }) {
  return (
    <form method="get" action={action} className="flex items-end gap-2">
      <div>
        <label htmlFor="period" className="block text-sm font-medium">{t("reports.periodPicker")}</label>
        <select id="period" name="period" defaultValue={selected} className="mt-1 rounded-md border border-border bg-surface px-3 py-2">
          {periods.map((p) => <option key={p.key} value={p.key}>{p.label}</option>)}
        </select>
      </div>
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">{t("reports.periodPickerSubmit")}</button>
    </form>
  );
}
