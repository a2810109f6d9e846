// The one rule every file the app writes for spreadsheets follows (CSV now, XLSX through exceljs
// later): a text cell that a spreadsheet would read as a formula is written with a leading
// apostrophe, so "=HYPERLINK(…)", "@SUM(1)" or "-1+1+cmd|'/Ccalc'!A0" arrive as the text they
// are (OWASP, "CSV Injection"). The triggers are = + - @ and the tab, carriage return and line
// feed, also after leading spaces (some importers trim them) and in their full-width forms.
// Numbers stay numbers: a number passed as a number is untouched, and so is text that is a plain
// number as this app writes them ("-5", "1.234,5", "-12,50 %").

const FORMULA_START = /^[\s\u00a0\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r\n]/;
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*(?:\s?%)?$/;

/** Whether a spreadsheet would read `text` as the start of a formula. */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text.trim());
}

/** The text as a spreadsheet should receive it: formula-like text gets a leading apostrophe. */
export function neutraliseText(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}

/** Any cell value: strings are neutralised, numbers, dates, booleans and empty cells pass as they are. */
export function neutraliseCell<T>(value: T): T | string {
  return typeof value === "string" ? neutraliseText(value) : value;
}
