// The download progress's state machine and parsing (lib/export/progress.ts): the totals read from
// the answer's headers, the file name from Content-Disposition, the phases (a late chunk after Hủy
// changes nothing), the fraction and the Vietnamese texts in vi-VN formats.
import { describe, expect, it } from "vitest";
import { fixedIntl } from "@/lib/i18n/fixed";
import { exportReducer, fileNameOf, fractionOf, receivedMessage, statusMessage, totalsOf, type ExportEvent, type ExportState } from "@/lib/export/progress";

// the texts in Vietnamese (the viewer's language is the component's: components/exports/export-download.tsx)
const vi = fixedIntl("vi");

const run = (events: ExportEvent[], from: ExportState = { phase: "idle" }) => events.reduce(exportReducer, from);
const headers = (values: Record<string, string>) => new Headers(values);

describe("the totals the server states up front", () => {
  it("reads the length, the rows and the files", () => {
    expect(totalsOf(headers({ "content-length": "1048576" }))).toEqual({ bytes: 1_048_576, rows: null, files: null });
    expect(totalsOf(headers({ "x-export-rows": "1000000" }))).toEqual({ bytes: null, rows: 1_000_000, files: null });
    expect(totalsOf(headers({ "x-export-files": "12" }))).toEqual({ bytes: null, rows: null, files: 12 });
  });

  it("ignores what is not a count, and the length of a compressed answer", () => {
    expect(totalsOf(headers({ "content-length": "-5", "x-export-rows": "1e6", "x-export-files": "abc" }))).toEqual({ bytes: null, rows: null, files: null });
    expect(totalsOf(headers({ "content-length": "99999999999999999999" })).bytes).toBeNull();
    expect(totalsOf(headers({ "content-length": "500", "content-encoding": "gzip" })).bytes).toBeNull();
    expect(totalsOf(headers({ "content-length": "500", "content-encoding": "identity" })).bytes).toBe(500);
  });
});

describe("the file name", () => {
  it("comes from Content-Disposition, the UTF-8 form first", () => {
    expect(fileNameOf('attachment; filename="dossier-list-2024.xlsx"', "x")).toBe("dossier-list-2024.xlsx");
    expect(fileNameOf("attachment; filename=bao-cao.pdf", "x")).toBe("bao-cao.pdf");
    expect(fileNameOf(`attachment; filename="bao-cao.docx"; filename*=UTF-8''b%C3%A1o-c%C3%A1o.docx`, "x")).toBe("báo-cáo.docx");
  });

  it("never names a folder, and falls back when there is no name", () => {
    expect(fileNameOf('attachment; filename="../../etc/passwd"', "x")).toBe("passwd");
    expect(fileNameOf('attachment; filename="a\\b.zip"', "x")).toBe("b.zip");
    expect(fileNameOf("attachment", "tep.xlsx")).toBe("tep.xlsx");
    expect(fileNameOf(null, "tep.xlsx")).toBe("tep.xlsx");
    expect(fileNameOf("attachment; filename*=UTF-8''%E0%A4%A", "tep.xlsx")).toBe("tep.xlsx");
  });
});

describe("the phases of a download", () => {
  it("waits, receives, counts the bytes and ends saved", () => {
    const receiving = run([{ type: "start" }, { type: "headers", totals: { bytes: 4096, rows: null, files: null } }, { type: "chunk", bytes: 1024 }, { type: "chunk", bytes: 1024 }]);
    expect(receiving).toEqual({ phase: "receiving", totals: { bytes: 4096, rows: null, files: null }, received: 2048 });
    expect(fractionOf(receiving)).toBe(0.5);
    expect(run([{ type: "saved", name: "a.pdf" }], receiving)).toEqual({ phase: "done", name: "a.pdf", received: 2048 });
  });

  it("is cancelled while waiting or receiving, and a chunk or an end after Hủy changes nothing", () => {
    expect(run([{ type: "start" }, { type: "cancel" }])).toEqual({ phase: "cancelled" });
    const cancelled = run([{ type: "start" }, { type: "headers", totals: { bytes: null, rows: 10, files: null } }, { type: "chunk", bytes: 5 }, { type: "cancel" }]);
    expect(cancelled).toEqual({ phase: "cancelled" });
    expect(run([{ type: "chunk", bytes: 99 }, { type: "saved", name: "x" }, { type: "fail", message: "late" }], cancelled)).toEqual({ phase: "cancelled" });
  });

  it("starts again after an end, not while one runs", () => {
    expect(run([{ type: "start" }], { phase: "cancelled" })).toEqual({ phase: "waiting" });
    const receiving: ExportState = { phase: "receiving", totals: { bytes: null, rows: null, files: null }, received: 7 };
    expect(run([{ type: "start" }], receiving)).toBe(receiving);
    // a chunk before the headers, or a second set of headers, is ignored
    expect(run([{ type: "chunk", bytes: 3 }], { phase: "waiting" })).toEqual({ phase: "waiting" });
    expect(run([{ type: "headers", totals: { bytes: 1, rows: null, files: null } }], receiving)).toBe(receiving);
  });

  it("fails with the server's message", () => {
    expect(run([{ type: "start" }, { type: "fail", message: "Tham số không hợp lệ" }])).toEqual({ phase: "failed", message: "Tham số không hợp lệ" });
    expect(run([{ type: "fail", message: "x" }])).toEqual({ phase: "idle" });
  });

  it("has no fraction without a length (an indeterminate bar), never more than the whole", () => {
    expect(fractionOf({ phase: "receiving", totals: { bytes: null, rows: 5, files: null }, received: 100 })).toBeNull();
    expect(fractionOf({ phase: "receiving", totals: { bytes: 10, rows: null, files: null }, received: 25 })).toBe(1);
    expect(fractionOf({ phase: "waiting" })).toBeNull();
    expect(fractionOf({ phase: "done", name: "a", received: 1 })).toBe(1);
  });
});

describe("what the page says, in vi-VN formats", () => {
  it("states the rows of a workbook and the files of a pack, and the bytes received", () => {
    const workbook: ExportState = { phase: "receiving", totals: { bytes: null, rows: 1_000_000, files: null }, received: 5_767_168 };
    expect(statusMessage(workbook, vi)).toBe("Đang tải tệp… · tệp gồm 1.000.000 dòng");
    expect(receivedMessage(workbook, vi)).toBe("Đã nhận 5,5 MB");
    const pack: ExportState = { phase: "receiving", totals: { bytes: null, rows: null, files: 9 }, received: 2048 };
    expect(statusMessage(pack, vi)).toBe("Đang tải tệp… · bộ hồ sơ gồm 9 tệp");
    const pdf: ExportState = { phase: "receiving", totals: { bytes: 3 * 1024 * 1024, rows: null, files: null }, received: 1024 * 1024 };
    expect(receivedMessage(pdf, vi)).toBe("Đã nhận 1 MB / 3 MB (33\u00A0%)");
  });

  it("says that the export was cancelled, saved or failed", () => {
    expect(statusMessage({ phase: "waiting" }, vi)).toBe("Đang tạo tệp…");
    expect(statusMessage({ phase: "cancelled" }, vi)).toMatch(/^Đã hủy/);
    expect(statusMessage({ phase: "done", name: "tasks-2024.xlsx", received: 20_480 }, vi)).toBe("Đã tải xong tasks-2024.xlsx (20 KB).");
    expect(statusMessage({ phase: "failed", message: "mất kết nối tới máy chủ." }, vi)).toBe("Không tải được tệp: mất kết nối tới máy chủ.");
    expect(statusMessage({ phase: "idle" }, vi)).toBe("");
    expect(receivedMessage({ phase: "cancelled" }, vi)).toBe("");
  });
});
