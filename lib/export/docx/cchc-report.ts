// The CCHC report as a Word document (officials edit it before signing), laid out as Nghị định
// 30/2020/NĐ-CP, Phụ lục I asks: A4 paper, margins top and bottom 20 mm, left 30 mm, right 15 mm;
// Times New Roman 13–14 pt; the header of two columns (issuing body under its parent on the left,
// the national motto on the right, number and symbol, place and date under them); the kind and the
// subject centred; the body justified with a first-line indent; the recipients (12 pt) on the
// left and the signature block on the right; page numbers centred at the top from page 2; the
// annex of statistical tables on a new page.
import {
  AlignmentType, BorderStyle, Document, Header, Packer, PageBreak, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
  convertMillimetersToTwip, type IParagraphOptions,
} from "docx";
import type { CchcReport, ReportTable } from "@/lib/export/report/model";

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const FONT = "Times New Roman";
/** twips (1/1440 inch), rounded as Word writes them */
const mm = (value: number) => Math.round((value * 1440) / 25.4);
const A4 = { width: 11906, height: 16838 } as const;
/** half-points: 14 pt body, 13 pt header lines and tables, 12 pt recipients and table cells */
const SIZE = { body: 28, header: 26, small: 24, title: 28 } as const;
const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  bottom: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  left: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  right: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: "FFFFFF" },
};

type Run = { text: string; bold?: boolean; italics?: boolean; underline?: boolean; size?: number };

function line(runs: Run[] | string, options: Omit<IParagraphOptions, "children"> = {}): Paragraph {
  const list = typeof runs === "string" ? [{ text: runs }] : runs;
  return new Paragraph({
    ...options,
    children: list.map((run) => new TextRun({ text: run.text, bold: run.bold, italics: run.italics, underline: run.underline ? {} : undefined, font: FONT, size: run.size ?? SIZE.body })),
  });
}

const centred = (runs: Run[] | string, spacingAfter = 0) => line(runs, { alignment: AlignmentType.CENTER, spacing: { after: spacingAfter } });

function headerBlock(report: CchcReport): Table {
  const cell = (children: Paragraph[], widthPercent: number) => new TableCell({ children, width: { size: widthPercent, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  const left = [
    centred([{ text: report.parentBody, size: SIZE.header }]),
    centred([{ text: report.issuingBody, bold: true, size: SIZE.header, underline: true }], 120),
    centred([{ text: report.numberAndSymbol, size: SIZE.header }]),
  ];
  const right = [
    centred([{ text: report.motto.country, bold: true, size: SIZE.header }]),
    centred([{ text: report.motto.words, bold: true, size: SIZE.body, underline: true }], 120),
    centred([{ text: report.placeAndDate, italics: true, size: SIZE.body }]),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [cell(left, 40), cell(right, 60)] })] });
}

function body(report: CchcReport): Paragraph[] {
  const paragraphs: Paragraph[] = [
    new Paragraph({ spacing: { before: 240 } }),
    centred([{ text: report.kind, bold: true, size: SIZE.title }]),
    centred([{ text: report.subject, bold: true }], 240),
  ];
  for (const section of report.sections) {
    if (section.heading) paragraphs.push(line([{ text: section.heading, bold: true }], { spacing: { before: 120, after: 60 }, indent: { firstLine: convertMillimetersToTwip(10) } }));
    for (const text of section.paragraphs) {
      paragraphs.push(line(text, { alignment: AlignmentType.JUSTIFIED, spacing: { after: 120, line: 320 }, indent: { firstLine: convertMillimetersToTwip(10) } }));
    }
  }
  return paragraphs;
}

function closing(report: CchcReport): Table {
  const cell = (children: Paragraph[], widthPercent: number) => new TableCell({ children, width: { size: widthPercent, type: WidthType.PERCENTAGE }, borders: NO_BORDERS });
  const recipients = [
    line([{ text: report.recipientsHeading, bold: true, italics: true, size: SIZE.small }]),
    ...report.recipients.map((text) => line([{ text, size: 22 }])),
  ];
  const signature = [
    ...(report.signature.authority ? [centred([{ text: report.signature.authority, bold: true }])] : []),
    centred([{ text: report.signature.position, bold: true }]),
    ...Array.from({ length: 4 }, () => new Paragraph({})),
    centred([{ text: report.signature.name, bold: true }]),
  ];
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, rows: [new TableRow({ children: [cell(recipients, 50), cell(signature, 50)] })] });
}

function statisticsTable(table: ReportTable): Table {
  const cell = (text: string, index: number, header: boolean) =>
    new TableCell({
      children: [line([{ text, bold: header, size: SIZE.small }], { alignment: header ? AlignmentType.CENTER : table.numeric.includes(index) ? AlignmentType.RIGHT : AlignmentType.LEFT })],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: table.columns.map((text, i) => cell(text, i, true)) }),
      ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

function annex(report: CchcReport): (Paragraph | Table)[] {
  return [
    new Paragraph({ children: [new PageBreak()] }),
    centred([{ text: report.annex.title, bold: true }]),
    centred([{ text: report.annex.note, italics: true }]),
    centred([{ text: report.dataAsOf, italics: true, size: SIZE.small }], 240),
    ...report.annex.tables.flatMap((table) => [line([{ text: table.title, bold: true }], { spacing: { before: 240, after: 120 } }), statisticsTable(table)]),
  ];
}

export async function cchcReportDocx(report: CchcReport): Promise<Buffer> {
  const document = new Document({
    creator: report.issuingBody,
    title: `${report.kind} ${report.subject}`,
    styles: { default: { document: { run: { font: FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height },
            margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) },
          },
        },
        // the page number from the second page, centred at the top (NĐ 30/2020, Phụ lục I, mục I.7)
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SIZE.header })] })] }),
          first: new Header({ children: [] }),
        },
        children: [headerBlock(report), ...body(report), new Paragraph({ spacing: { before: 240 } }), closing(report), ...annex(report)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
