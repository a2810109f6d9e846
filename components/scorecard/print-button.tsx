"use client";
// Prints the scorecard (the print stylesheet turns it into an A4 report).
import { t } from "@/lib/i18n";

export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded-md border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      data-print="hide"
    >
      {t("scorecard.print")}
    </button>
  );
}
