// A GET form choosing a quarter (`?period=2024-Q2`); works without JavaScript.
import { FilterForm, SelectField } from "@/components/ui/controls";
import { useTranslations } from "next-intl";

export function PeriodPicker({ action, periods, selected }: { action: string; periods: { key: string; label: string }[]; selected: string }) {
  const t = useTranslations("reports");
  return (
    <FilterForm action={action} submitLabel={t("periodPickerSubmit")}>
      <SelectField id="period" name="period" label={t("periodPicker")} defaultValue={selected} options={periods.map((p) => ({ value: p.key, label: p.label }))} />
    </FilterForm>
  );
}
