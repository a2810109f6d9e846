// The streaming CSV reader: delimiters, quotes, line ends, line numbers, and chunk boundaries
// anywhere (every split of the text must give the same records).
import { describe, expect, it } from "vitest";
import { CsvParser, detectDelimiter, type SourceRecord } from "@/lib/import/csv";
import { decodeUtf8, findMojibake } from "@/lib/import/decode";
import { ImportFileError } from "@/lib/import/file-error";

function parseInChunks(text: string, size: number): SourceRecord[] {
  const parser = new CsvParser();
  const out: SourceRecord[] = [];
  for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size), out);
  parser.finish(out);
  return out;
}

const SAMPLE = 'Mã;Tên;Ghi chú\r\nA1;"Sở Tư pháp; Ninh Thuận";"nói ""có""\r\nhai dòng"\r\n\r\nA2;Xã Phước Hà;\nA3;cuối;không xuống dòng';

describe("CsvParser", () => {
  it("reads semicolons, quoted delimiters, doubled quotes, line breaks in quotes, blank lines and the line of each record", () => {
    expect(parseInChunks(SAMPLE, SAMPLE.length)).toEqual([
      { line: 1, cells: ["Mã", "Tên", "Ghi chú"] },
      { line: 2, cells: ["A1", "Sở Tư pháp; Ninh Thuận", 'nói "có"\r\nhai dòng'] },
      { line: 5, cells: ["A2", "Xã Phước Hà", ""] },
      { line: 6, cells: ["A3", "cuối", "không xuống dòng"] },
    ]);
  });

  it("gives the same records whatever the chunk size", () => {
    const whole = parseInChunks(SAMPLE, SAMPLE.length);
    for (let size = 1; size < 20; size += 1) expect(parseInChunks(SAMPLE, size)).toEqual(whole);
  });

  it("detects comma, semicolon and tab from the header line", () => {
    expect(detectDelimiter("a,b,c")).toBe(",");
    expect(detectDelimiter('a;"b,c";d')).toBe(";");
    expect(detectDelimiter("a\tb")).toBe("\t");
  });

  it("refuses an unclosed quote with its line", () => {
    expect(() => parseInChunks('a,b\n1,"open\n2,3', 4)).toThrow(ImportFileError);
  });
});

async function decodeAll(bytes: Uint8Array): Promise<string> {
  async function* one() {
    yield bytes;
  }
  let text = "";
  for await (const chunk of decodeUtf8(one())) text += chunk;
  return text;
}

describe("decodeUtf8", () => {
  it("drops the BOM", async () => {
    expect(await decodeAll(Buffer.from("\uFEFFMã hồ sơ", "utf8"))).toBe("Mã hồ sơ");
  });

  it("refuses bytes that are not UTF-8 (a Windows-1258 file)", async () => {
    await expect(decodeAll(Buffer.from([0x4d, 0xe3, 0x20, 0x68, 0xf4]))).rejects.toThrow(/không phải mã UTF-8/);
  });

  it("refuses mojibake and names what it saw", async () => {
    const garbled = Buffer.from("Trực tuyến; Đồng bộ", "utf8").toString("latin1");
    await expect(decodeAll(Buffer.from(garbled, "utf8"))).rejects.toThrow(/lỗi mã/);
  });

  it("does not mistake Vietnamese capitals for mojibake", () => {
    for (const text of ["UBND XÃ PHƯỚC HÀ", "ĂN Ở", "ĐỒNG BỘ", "Ã", "Ninh Thuận"]) expect(findMojibake(text)).toBeNull();
  });
});
