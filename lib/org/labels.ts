// How a unit is named where units of different times meet: an ended unit carries its last day.
import { t } from "@/lib/i18n";
import { formatLocalDate } from "@/lib/i18n/format";

export function unitLabel(unit: { name: string; validTo: string | null }): string {
  return unit.validTo === null ? unit.name : t("org.unit.closed", { name: unit.name, date: formatLocalDate(unit.validTo) });
}

