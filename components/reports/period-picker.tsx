// A GET form choosing a quarter (`?period=2024-Q2`); works without JavaScript.
import { FilterForm, SelectField } from "@/components/ui/controls";
import { t } from "@/lib/i18n";

export function PeriodPicker({ action, periods, selected }: { action: string; periods: { key: string; label: string }[]; selected: string }) {
  return (
    <FilterForm action={action} submitLabel={t("reports.periodPickerSubmit")}>
      <SelectField id="period" name="period" label={t("reports.periodPicker")} defaultValue={selected} options={periods.map((p) => ({ value: p.key, label: p.label }))} />
    </FilterForm>
  );
}
