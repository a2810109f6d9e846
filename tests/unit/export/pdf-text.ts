// Reads a PDF back as a reader would (pdfjs-dist, the engine of Firefox's viewer): each page's
// size and text, and the names of the fonts it embeds. pdfjs-dist is pinned at 5.6.205, the last
// line that runs on Node 20.19 (5.7 needs Node 22).
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** `top` and `bottom`: the text within 15 mm of the page's top and bottom edge (running lines, page numbers) */
export type PdfPage = { width: number; height: number; text: string; top: string; bottom: string };

export async function readPdf(file: Buffer): Promise<{ pages: PdfPage[]; fonts: string[] }> {
  const pdf = await getDocument({ data: new Uint8Array(file), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: PdfPage[] = [];
  for (let i = 1; i <= pdf.numPages; i += 1) {
    const page = await pdf.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const text = content.items.map((item) => ("str" in item ? `${item.str}${item.hasEOL ? "\n" : ""}` : "")).join("");
    const edge = (inside: (y: number) => boolean) =>
      content.items.flatMap((item) => ("str" in item && inside(item.transform[5] as number) ? [item.str] : [])).join(" ").trim();
    const band = (15 * 72) / 25.4;
    pages.push({ width, height, text, top: edge((y) => y > height - band), bottom: edge((y) => y < band) });
  }
  await pdf.destroy();
  // the embedded font programs: pdfkit names a subset "ABCDEF+Tinos-Bold"
  const fonts = [...new Set([...file.toString("latin1").matchAll(/\/BaseFont \/([A-Z]{6}\+[\w-]+)/g)].map((m) => m[1]!))];
  return { pages, fonts };
}

/** Text without any whitespace: a line break or a justified gap cannot hide a phrase. */
export const squash = (text: string) => text.replace(/\s+/g, "");
