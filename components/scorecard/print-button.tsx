"use client";
// Prints the scorecard (the print stylesheet turns it into an A4 report).
// The label comes from the page (server), so the button needs no catalogue in the browser.
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="min-h-11 rounded-md border border-brand-700 px-4 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50"
      data-print="hide"
    >
      {label}
    </button>
  );
}
