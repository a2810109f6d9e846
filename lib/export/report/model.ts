// The quarterly or yearly CCHC report as plain data, in the parts Nghị định 30/2020/NĐ-CP gives an
// administrative document (Phụ lục I): the issuing body under its parent, the national motto, the
// number and symbol, place and date, the document's kind and subject, the body, the recipients,
// the signature block and the annex of statistical tables. The DOCX and the PDF are drawn from the
// same model, so the two files never say different things.
import type { Locale } from "@/lib/i18n/locale";

export type ReportTable = {
  title: string;
  columns: string[];
  /** the columns (by position) that hold figures: right-aligned */
  numeric: number[];
  rows: string[][];
};

export type CchcReport = {
  /** "UỶ BAN NHÂN DÂN TỈNH KHÁNH HÒA" */
  parentBody: string;
  /** "SỞ NỘI VỤ" */
  issuingBody: string;
  /** the national motto: the country's name and "Độc lập - Tự do - Hạnh phúc" */
  motto: { country: string; words: string };
  /** "Số:      /BC-SNV": the number is left blank for the clerk who registers it */
  numberAndSymbol: string;
  /** "Khánh Hòa, ngày 02 tháng 12 năm 2026" */
  placeAndDate: string;
  kind: string;
  subject: string;
  sections: { heading: string; paragraphs: string[] }[];
  recipientsHeading: string;
  recipients: string[];
  signature: { authority: string; position: string; name: string };
  annex: { title: string; note: string; tables: ReportTable[] };
  /** "Số liệu đến ngày 31/08/2024", shown under the annex title */
  dataAsOf: string;
  /** the language the report is written in (the PDF's declared language) */
  locale: Locale;
};

/**
 * "Khánh Hòa, ngày 05 tháng 02 năm 2021": a day below 10 and the months 1 and 2 take a leading
 * zero (NĐ 30/2020, Phụ lục I, mục II.5), in Việt Nam's calendar day.
 */
export function placeAndDate(place: string, at: Date): string {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric", month: "numeric", day: "numeric" })
    .format(at)
    .split("-")
    .map(Number) as [number, number, number];
  const dd = String(day).padStart(2, "0");
  const mm = month <= 2 ? String(month).padStart(2, "0") : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${year}`;
}
