// The app's date field (components/ui/date-input.tsx) as its user meets it: a group named by its
// label, of day, month and year segments (spinbuttons) read dd/mm/yyyy. A day is typed as a user
// does, digits only, into the segments from the day's.
import type { Locator, Page } from "@playwright/test";

/** The segmented field labelled `label` (it replaces the browser's input once the page hydrated). */
export function dateField(page: Page, label: string): Locator {
  return page.getByRole("group", { name: label, exact: true });
}

/** Types YYYY-MM-DD `iso` into `field` as dd mm yyyy. */
export async function typeDay(field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split("-");
  await field.getByRole("spinbutton").first().click();
  await field.page().keyboard.type(`${day}${month}${year}`);
}
