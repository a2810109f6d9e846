// How a unit is named where units of different times meet: an ended unit carries its last day, in
// the reader's words and date format (the caller's; Vietnamese when it passes none). The unit's
// name itself is a proper name and stays Vietnamese.
import { wordsOf, type Wording } from "@/lib/notifications/words";

export function unitLabel(unit: { name: string; validTo: string | null }, { t, f }: Wording = wordsOf()): string {
  return unit.validTo === null ? unit.name : t("org.unit.closed", { name: unit.name, date: f.localDate(unit.validTo) });
}
