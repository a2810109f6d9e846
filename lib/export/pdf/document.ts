// pdfkit set up for the province's documents: A4, Tinos embedded (the metric twin of Times New
// Roman, with every Vietnamese letter; pdfkit subsets it through fontkit and writes the ToUnicode
// map, so the text copies and searches as typed), and the helpers the report and the scorecard
// print share — a page's usable box, a table that breaks across pages repeating its header, and a
// finished file as a Buffer.
//
// Why these fonts: @fontsource splits Tinos by unicode-range (latin, latin-ext, vietnamese), so no
// single file of it holds "Nguyễn" whole, and a PDF font must; @expo-google-fonts/tinos ships the
// Google Fonts TrueType files whole (Apache 2.0). They are read from node_modules at run time
// (pdfkit is a server external package, see next.config.ts).
import path from "node:path";
import PDFDocument from "pdfkit";
import type { Locale } from "@/lib/i18n/locale";

export type Pdf = PDFKit.PDFDocument;

export const PDF_CONTENT_TYPE = "application/pdf";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "tinos");
export const FONTS = {
  regular: path.join(FONT_DIR, "400Regular", "Tinos_400Regular.ttf"),
  bold: path.join(FONT_DIR, "700Bold", "Tinos_700Bold.ttf"),
  italic: path.join(FONT_DIR, "400Regular_Italic", "Tinos_400Regular_Italic.ttf"),
  boldItalic: path.join(FONT_DIR, "700Bold_Italic", "Tinos_700Bold_Italic.ttf"),
} as const;
export type FontName = keyof typeof FONTS;

/** millimetres in PDF points */
export const mm = (value: number) => (value * 72) / 25.4;

export type Margins = { top: number; bottom: number; left: number; right: number };

const PDF_LANG: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

export function newPdf(options: { title: string; author: string; margins: Margins; layout?: "portrait" | "landscape"; locale: Locale }): Pdf {
  // `font` names the first font, so pdfkit never loads its built-in Helvetica (an AFM file it
  // would look for beside its bundle)
  const doc = new PDFDocument({
    size: "A4",
    layout: options.layout ?? "portrait",
    margins: options.margins,
    bufferPages: true,
    font: FONTS.regular,
    info: { Title: options.title, Author: options.author, Creator: "cchc-dashboard" },
    lang: PDF_LANG[options.locale],
    displayTitle: true,
  });
  for (const [name, file] of Object.entries(FONTS)) doc.registerFont(name, file);
  return doc;
}

/** The file as one Buffer once pdfkit has written it all. */
export function finish(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

export const contentWidth = (doc: Pdf) => doc.page.width - doc.page.margins.left - doc.page.margins.right;
export const pageBottom = (doc: Pdf) => doc.page.height - doc.page.margins.bottom;

/**
 * Writes into a page's margin (page numbers, running lines) without pdfkit adding a page because
 * the text lies below the bottom margin: the margins are lifted while `draw` runs.
 */
export function inMargin(doc: Pdf, draw: () => void): void {
  const saved = { ...doc.page.margins };
  doc.page.margins = { top: 0, bottom: 0, left: saved.left, right: saved.right };
  draw();
  doc.page.margins = saved;
}

export type PdfTable = {
  columns: string[];
  /** relative widths, one per column */
  widths: number[];
  /** the columns (by position) that hold figures: right-aligned */
  numeric: readonly number[];
  rows: string[][];
  size: number;
  /** a row drawn on a tinted background (e.g. an agency at or above the 10 % rule) */
  marked?: (row: number) => boolean;
};

const PAD = 3;

/** A bordered table from the current position; a row that does not fit starts a new page under the header again. */
export function drawTable(doc: Pdf, table: PdfTable): void {
  const left = doc.page.margins.left;
  const total = table.widths.reduce((a, b) => a + b, 0);
  const widths = table.widths.map((w) => (w / total) * contentWidth(doc));
  const height = (cells: string[], font: FontName) => {
    doc.font(font).fontSize(table.size);
    return Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
  };
  const row = (cells: string[], font: FontName, header: boolean, tint: boolean) => {
    const h = height(cells, font);
    if (doc.y + h > pageBottom(doc)) {
      doc.addPage();
      if (!header) row(table.columns, "bold", true, false);
    }
    const top = doc.y;
    let x = left;
    cells.forEach((text, i) => {
      const w = widths[i]!;
      if (tint) doc.save().rect(x, top, w, h).fill("#fdecea").restore();
      doc.lineWidth(0.5).rect(x, top, w, h).stroke("#333333");
      doc.font(font).fontSize(table.size).fillColor("black")
        .text(text, x + PAD, top + PAD, { width: w - 2 * PAD, align: header ? "center" : table.numeric.includes(i) ? "right" : "left" });
      x += w;
    });
    doc.x = left;
    doc.y = top + h;
  };
  row(table.columns, "bold", true, false);
  table.rows.forEach((cells, i) => row(cells, "regular", false, table.marked?.(i) ?? false));
}
