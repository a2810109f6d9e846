// The import's refusals are keys with their arguments (issue 23): worded in English for an English
// uploader, in exactly today's Vietnamese otherwise; the error report in the language it is built in.
import { describe, expect, it } from "vitest";
import { Readable } from "node:stream";
import { decodeUtf8 } from "@/lib/import/decode";
import { ImportFileError, KeyedImportError } from "@/lib/import/file-error";
import { saveUpload, UploadTooLargeError } from "@/lib/import/files";
import { ErrorReport } from "@/lib/import/report";
import { mapHeader } from "@/lib/import/validate";
import { KINDS } from "@/lib/import/kinds";
import { wordsOf } from "@/lib/notifications/words";

async function refusal(run: () => Promise<unknown> | unknown): Promise<KeyedImportError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof KeyedImportError) return error;
    throw error;
  }
  throw new Error("not refused");
}

const { en, vi } = { en: wordsOf("en"), vi: wordsOf("vi") };

describe("the import's refusals", () => {
  it("carry a key and its arguments, Vietnamese by default and English when worded for an English uploader", async () => {
    const error = await refusal(async () => {
      for await (const text of decodeUtf8(Readable.from([Buffer.from([0x4d, 0xe3, 0x20, 0x68, 0xf4])]))) void text;
    });
    expect(error).toBeInstanceOf(ImportFileError);
    expect(error.said).toEqual({ key: "import.error.notUtf8" });
    expect(error.message).toBe(
      'Tệp không phải mã UTF-8 (có thể đang là Windows-1258 hoặc TCVN3). Hãy mở tệp bằng Excel và lưu lại dạng "CSV UTF-8 (Comma delimited)", hoặc tải lên tệp .xlsx.',
    );
    expect(error.wordedIn("en", en.f).message).toBe(
      'The file is not UTF-8 (perhaps Windows-1258 or TCVN3). Save it from Excel as "CSV UTF-8 (Comma delimited)", or upload an .xlsx file.',
    );
  });

  it("name the missing columns by the file's own headers in either language", async () => {
    const error = await refusal(() => mapHeader(KINDS.TASK, ["Mã nhiệm vụ"]));
    expect(error.said).toEqual({ key: "import.error.missingColumns", values: { columns: "Nội dung nhiệm vụ, Mã cơ quan, Ngày giao, Hạn hoàn thành" } });
    expect(error.wordedIn("en", en.f).message).toBe("Required columns missing: Nội dung nhiệm vụ, Mã cơ quan, Ngày giao, Hạn hoàn thành. Use the template.");
    expect(error.wordedIn("vi", vi.f).message).toBe("Tệp thiếu cột bắt buộc: Nội dung nhiệm vụ, Mã cơ quan, Ngày giao, Hạn hoàn thành. Hãy dùng tệp mẫu.");
  });

  it("write an upload's size limit in the reader's format of sizes", async () => {
    const error = await refusal(() => saveUpload(Readable.from([Buffer.alloc(2048)]), 1536));
    expect(error).toBeInstanceOf(UploadTooLargeError);
    expect(error.message).toBe("Tệp vượt quá giới hạn 1,5 KB.");
    expect(error.wordedIn("en", en.f).message).toBe("The file exceeds the 1.5 KB limit.");
  });
});

describe("ErrorReport", () => {
  it("is written in its locale: headers, reasons, the whole row and the truncation line", () => {
    const report = new ErrorReport(["Mã hồ sơ"], "en");
    report.add({ line: 3, column: "", reason: { key: "import.error.duplicateInFile", values: { first: 2 } } }, ["HS-1"]);
    expect(report.toBuffer().toString("utf8")).toBe("\uFEFFLine,Column,Reason,Mã hồ sơ\r\n3,(whole row),Code repeats line 2 of the same file.,HS-1\r\n");
    const vietnamese = new ErrorReport(["Mã hồ sơ"]);
    vietnamese.add({ line: 3, column: "", reason: { key: "import.error.duplicateInFile", values: { first: 2 } } }, ["HS-1"]);
    expect(vietnamese.toBuffer().toString("utf8")).toBe("\uFEFFDòng,Cột,Lý do,Mã hồ sơ\r\n3,(cả dòng),Mã bị trùng với dòng 2 trong cùng tệp.,HS-1\r\n");
  });
});
