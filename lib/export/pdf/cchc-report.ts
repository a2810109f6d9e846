// The CCHC report as PDF (the file that is sent and archived), from the same model as the Word
// document and in the same form of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins top and bottom
// 20 mm, left 30 mm, right 15 mm; Tinos (Times New Roman's metrics) 13–14 pt; the issuing body under
// its parent on the left and the national motto on the right, each with its short rule under it;
// number and symbol, place and date; kind and subject centred; the body justified with a first-line
// indent; recipients on the left, the signature block on the right; page numbers centred at the top
// from page 2; the annex of statistical tables on a new page, the data's day under its title.
import type { CchcReport, ReportTable } from "@/lib/export/report/model";
import { contentWidth, drawTable, finish, inMargin, mm, newPdf, type FontName, type Pdf } from "@/lib/export/pdf/document";

const SIZE = { body: 14, header: 13, small: 12, recipients: 11 } as const;

function centred(doc: Pdf, text: string, x: number, width: number, font: FontName, size: number, rule = false): void {
  doc.font(font).fontSize(size).text(text, x, doc.y, { width, align: "center" });
  if (rule) {
    // the short solid rule under the issuing body and the motto (Phụ lục I, mục II.3–4)
    const length = Math.min(width * 0.6, doc.widthOfString(text));
    const y = doc.y + 1;
    doc.lineWidth(0.6).moveTo(x + (width - length) / 2, y).lineTo(x + (width + length) / 2, y).stroke("black");
    doc.y = y + 6;
  }
}

function header(doc: Pdf, report: CchcReport): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  const top = doc.y;
  const leftWidth = width * 0.42;
  const rightX = left + leftWidth;
  const rightWidth = width - leftWidth;
  centred(doc, report.parentBody, left, leftWidth, "regular", SIZE.header);
  centred(doc, report.issuingBody, left, leftWidth, "bold", SIZE.header, true);
  centred(doc, report.numberAndSymbol, left, leftWidth, "regular", SIZE.header);
  const leftEnd = doc.y;
  doc.y = top;
  centred(doc, report.motto.country, rightX, rightWidth, "bold", SIZE.header);
  centred(doc, report.motto.words, rightX, rightWidth, "bold", SIZE.body, true);
  centred(doc, report.placeAndDate, rightX, rightWidth, "italic", SIZE.body);
  doc.x = left;
  doc.y = Math.max(leftEnd, doc.y) + 18;
}

function body(doc: Pdf, report: CchcReport): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  centred(doc, report.kind, left, width, "bold", SIZE.body);
  centred(doc, report.subject, left, width, "bold", SIZE.body);
  doc.moveDown(1);
  for (const section of report.sections) {
    if (section.heading) doc.font("bold").fontSize(SIZE.body).text(section.heading, left, doc.y, { width, indent: mm(10), paragraphGap: 3 });
    for (const text of section.paragraphs) {
      doc.font("regular").fontSize(SIZE.body).text(text, left, doc.y, { width, align: "justify", indent: mm(10), paragraphGap: 6, lineGap: 2 });
    }
  }
}

function closing(doc: Pdf, report: CchcReport): void {
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  // the recipients and the signature sit side by side: keep them on one page
  if (doc.y + 140 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(1);
  const top = doc.y;
  doc.font("boldItalic").fontSize(SIZE.small).text(report.recipientsHeading, left, top, { width: width / 2 });
  for (const line of report.recipients) doc.font("regular").fontSize(SIZE.recipients).text(line, left, doc.y, { width: width / 2 });
  const leftEnd = doc.y;
  doc.y = top;
  if (report.signature.authority) centred(doc, report.signature.authority, left + width / 2, width / 2, "bold", SIZE.body);
  centred(doc, report.signature.position, left + width / 2, width / 2, "bold", SIZE.body);
  doc.y += 70;
  if (report.signature.name) centred(doc, report.signature.name, left + width / 2, width / 2, "bold", SIZE.body);
  doc.x = left;
  doc.y = Math.max(leftEnd, doc.y);
}

/** Column widths for an annex table: the text columns (names) take the room, the figures what they need. */
function widthsOf(table: ReportTable): number[] {
  return table.columns.map((column, i) => {
    if (table.numeric.includes(i)) return i === 0 ? 0.6 : 1.4;
    return Math.max(1.5, Math.min(5, Math.max(column.length, ...table.rows.map((row) => row[i]?.length ?? 0)) / 10));
  });
}

function annex(doc: Pdf, report: CchcReport): void {
  doc.addPage();
  const left = doc.page.margins.left;
  const width = contentWidth(doc);
  centred(doc, report.annex.title, left, width, "bold", SIZE.body);
  centred(doc, report.annex.note, left, width, "italic", SIZE.body);
  centred(doc, report.dataAsOf, left, width, "italic", SIZE.small);
  for (const table of report.annex.tables) {
    doc.moveDown(1);
    if (doc.y + 60 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.font("bold").fontSize(SIZE.header).text(table.title, left, doc.y, { width });
    doc.moveDown(0.3);
    drawTable(doc, { columns: table.columns, widths: widthsOf(table), numeric: table.numeric, rows: table.rows, size: SIZE.small - 1, marked: (i) => table.rows[i]?.[1]?.endsWith("(≥ 10 %)") ?? false });
  }
}

/** The page number, centred at the top, from the second page on (Phụ lục I, mục I.7). */
function pageNumbers(doc: Pdf): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i += 1) {
    doc.switchToPage(i);
    inMargin(doc, () => {
      doc.font("regular").fontSize(SIZE.header).text(String(i + 1), doc.page.margins.left, mm(10), { width: contentWidth(doc), align: "center" });
    });
  }
}

export async function cchcReportPdf(report: CchcReport): Promise<Buffer> {
  const doc = newPdf({ title: `${report.kind} ${report.subject}`, author: report.issuingBody, locale: report.locale, margins: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } });
  header(doc, report);
  body(doc, report);
  closing(doc, report);
  annex(doc, report);
  pageNumbers(doc);
  return finish(doc);
}
