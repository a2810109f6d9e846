// What the import tells its user is in that user's language (issue 23): the refusal an English
// uploader is answered with, the run's stored message (a key with its arguments, worded when read:
// English for an English reader, today's Vietnamese for a Vietnamese one), the error report written
// in the uploader's language, and a run stored before the keys shown with its own words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reasonText } from "@/lib/import/reasons";
import { columnText } from "@/lib/import/report";
import { vi } from "@/lib/i18n/messages/vi";
import { en } from "@/lib/i18n/messages/en";
import { wordsOf } from "@/lib/notifications/words";
import { createReadStream } from "node:fs";
import path from "node:path";
import { createFixture, csvText, DOSSIER_HEADER, dossierRow, writeTestFile, type Fixture } from "./support";

let fixture: Fixture;
let read: typeof import("@/lib/data/imports/read");

beforeAll(async () => {
  fixture = await createFixture();
  read = await import("@/lib/data/imports/read");
});
afterAll(async () => {
  await fixture?.close();
});

const english = () => fixture.runs.importsFor(fixture.viewer, "127.0.0.1", wordsOf("en"));
const uploadAs = (importer: ReturnType<typeof english>, file: string) =>
  importer.start({ kind: "DOSSIER", fileName: path.basename(file), format: "CSV", body: createReadStream(file) });

describe("the import's words", () => {
  it("answers an English uploader in English and stores the refusal as a key, worded again for each reader", async () => {
    const file = await writeTestFile(fixture, "thieu-cot.csv", csvText([["Mã hồ sơ", "Mã cơ quan"], ["HS-1", "STP"]]));
    const { runId, outcome } = await uploadAs(english(), file);
    const columns = "Mã thủ tục, Hình thức nộp, Ngày tiếp nhận, Ngày hẹn trả";
    expect(outcome).toEqual({
      ok: false,
      reason: { key: "import.error.missingColumns", values: { columns } },
      message: `Required columns missing: ${columns}. Use the template.`,
    });
    const stored = await fixture.pool.query("SELECT status, message, message_key, message_values FROM import_run WHERE id = $1", [runId]);
    // the Vietnamese words stay beside the key (SQL readers, runs stored before the keys)
    expect(stored.rows[0]).toEqual({
      status: "REFUSED",
      message: vi["import.error.missingColumns"].replace("{columns}", columns),
      message_key: "import.error.missingColumns",
      message_values: { columns },
    });
    const detail = await read.getImport(fixture.viewer, runId);
    expect(reasonText(detail!.message!, "en")).toBe(`Required columns missing: ${columns}. Use the template.`);
    expect(reasonText(detail!.message!, "vi")).toBe(`Tệp thiếu cột bắt buộc: ${columns}. Hãy dùng tệp mẫu.`);
    // the audit row keeps its Vietnamese words, as before
    const audit = await fixture.pool.query("SELECT details FROM audit_log WHERE action = 'IMPORT_REFUSED' AND entity_id = $1", [String(runId)]);
    expect(audit.rows[0].details.message).toBe(vi["import.error.missingColumns"].replace("{columns}", columns));
  });

  it("refuses an English reader's confirmation in English, a Vietnamese one's in today's words", async () => {
    const file = await writeTestFile(fixture, "rong.csv", csvText([DOSSIER_HEADER]));
    const { runId } = await uploadAs(english(), file);
    await expect(english().claim(runId)).rejects.toThrow(en["import.error.nothingValid"]);
    await expect(fixture.runs.importsFor(fixture.viewer, null).claim(runId)).rejects.toThrow(/^Không có dòng hợp lệ nào để nhập\.$/);
    await expect(english().claim(2_000_000)).rejects.toThrow(/^This import is not waiting for confirmation\.$/);
  });

  it("writes the error report in the uploader's language; a whole row is named in the reader's", async () => {
    const bad = dossierRow(1);
    bad[4] = "31/02/2024";
    const file = await writeTestFile(fixture, "loi.csv", csvText([DOSSIER_HEADER, dossierRow(2), bad]));
    const { runId, outcome } = await uploadAs(english(), file);
    expect(outcome.ok).toBe(true);
    const report = (await read.importFile(fixture.viewer, runId, "errors"))!.bytes.toString("utf8");
    expect(report.startsWith("\uFEFFLine,Column,Reason,Mã hồ sơ")).toBe(true);
    expect(report).toContain("3,Ngày tiếp nhận,");
    expect(columnText("", "en")).toBe("(whole row)");
    expect(columnText("", "vi")).toBe("(cả dòng)");
    // a run stored before the keys named the whole row in words: shown as it is
    expect(columnText("(cả dòng)", "en")).toBe("(cả dòng)");
  });

  it("shows a run stored before the keys with its own words, in any language", async () => {
    const file = await writeTestFile(fixture, "cu.csv", csvText([["Mã hồ sơ"], ["HS-1"]]));
    const { runId } = await uploadAs(english(), file);
    await fixture.pool.query("UPDATE import_run SET message = 'Thông điệp của lần nhập cũ.', message_key = NULL, message_values = NULL WHERE id = $1", [runId]);
    const detail = await read.getImport(fixture.viewer, runId);
    expect(detail!.message).toEqual({ text: "Thông điệp của lần nhập cũ." });
    expect(reasonText(detail!.message!, "en")).toBe("Thông điệp của lần nhập cũ.");
  });
});
