// The scorecard's print (issue 20 item 3): at most four A4 pages at scale 1, the print date and the
// data's day on every page. A server PDF rather than print CSS: the page count and the running line
// are the file's own (a browser's print engine, its scale and its headers do not change them), the
// font is embedded, and a test reads the pages back. Plain data in, no database.
import type { TextTable } from "@/lib/export/display";
import type { Locale } from "@/lib/i18n/locale";
import { contentWidth, drawTable, finish, inMargin, mm, newPdf, pageBottom, type Pdf } from "@/lib/export/pdf/document";

export const SCORECARD_MAX_PAGES = 4;

export type PrintSection = { title: string; note?: string; table: TextTable; widths: number[]; marked?: (row: number) => boolean };

export type ScorecardPrint = {
  title: string;
  province: string;
  period: string;
  /** "In ngày 02/12/2026 06:10 · Số liệu đến ngày 20/11/2026 · Trang {page}/{pages}" with the page left to fill */
  runningLine: (page: number, pages: number) => string;
  sections: PrintSection[];
  /** the print's language (the PDF's declared language) */
  locale: Locale;
};

const SIZE = { title: 16, heading: 12, table: 9, note: 9, running: 8 } as const;

function section(doc: Pdf, part: PrintSection): void {
  const left = doc.page.margins.left;
  // a heading never ends a page alone: keep it with the header row and a few rows
  if (doc.y + 70 > pageBottom(doc)) doc.addPage();
  doc.moveDown(0.6);
  doc.font("bold").fontSize(SIZE.heading).text(part.title, left, doc.y, { width: contentWidth(doc) });
  if (part.note) doc.font("italic").fontSize(SIZE.note).text(part.note, left, doc.y, { width: contentWidth(doc) });
  doc.moveDown(0.2);
  drawTable(doc, { ...part.table, widths: part.widths, size: SIZE.table, marked: part.marked });
}

export async function scorecardPdf(print: ScorecardPrint): Promise<{ body: Buffer; pages: number }> {
  const margins = { top: mm(15), bottom: mm(18), left: mm(15), right: mm(15) };
  const doc = newPdf({ title: `${print.title} — ${print.period}`, author: print.province, margins, locale: print.locale });
  doc.font("bold").fontSize(SIZE.title).text(print.title, { align: "center" });
  doc.font("regular").fontSize(SIZE.heading).text(`${print.province} · ${print.period}`, { align: "center" });
  for (const part of print.sections) section(doc, part);
  const range = doc.bufferedPageRange();
  for (let i = 0; i < range.count; i += 1) {
    doc.switchToPage(range.start + i);
    inMargin(doc, () => {
      doc.font("regular").fontSize(SIZE.running).fillColor("#444444")
        .text(print.runningLine(i + 1, range.count), doc.page.margins.left, doc.page.height - mm(12), { width: contentWidth(doc), align: "center" });
    });
  }
  return { body: await finish(doc), pages: range.count };
}
