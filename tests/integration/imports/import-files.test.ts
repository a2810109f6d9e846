// File import with real files, end to end through the upload path: dry run, confirmation,
// all-or-nothing. Files are written to a temp dir by the test itself.
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reasonText } from "@/lib/import/reasons";
import type { RowError } from "@/lib/import/report";
import ExcelJS from "exceljs";
import { compareRollups, ROLLUP_TABLES } from "@/lib/db/rollups";
import type { ConfirmOptions } from "@/lib/data/imports/runs";
import type { WriteProgress } from "@/lib/data/imports/write";
import { vi } from "@/lib/i18n/messages/vi";
import { createFixture, csvText, DOSSIER_HEADER, dossierRow, importer, scalar, upload, writeTestFile, type Fixture } from "./support";

// the run keeps each reason as a key with its arguments; the import page shows it in words
const shown = (sample: readonly RowError[]) => sample.map((error) => ({ ...error, reason: reasonText(error.reason) }));

let fixture: Fixture;

beforeAll(async () => {
  fixture = await createFixture();
});
afterAll(async () => {
  await fixture?.close();
});

const confirmRun = (runId: number, onProgress?: WriteProgress, options?: ConfirmOptions) => importer(fixture).confirm(runId, onProgress, options);

const dossierCount = () => scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM dossier");
const fingerprint = () => scalar<string>(fixture.pool, "SELECT md5(coalesce(string_agg(d::text, '|' ORDER BY id), '')) AS value FROM dossier d");

describe("file import", () => {
  it("imports a valid CSV with BOM after a dry run, then updates the same codes on a second import", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => dossierRow(i + 1));
    const file = await writeTestFile(fixture, "ho-so.csv", "\uFEFF" + csvText([DOSSIER_HEADER, ...rows]));
    const { runId, outcome } = await upload(fixture, "DOSSIER", file);
    expect(outcome).toMatchObject({ ok: true, summary: { total: 50, create: 50, update: 0, rejected: 0, report: null } });
    expect(await dossierCount()).toBe(0); // the dry run writes nothing

    expect(await confirmRun(runId)).toEqual({ created: 50, updated: 0 });
    expect(await dossierCount()).toBe(50);
    expect(await rollupDrift()).toBe(0); // the rollups were brought up to date in the import's transaction
    const stored = await fixture.pool.query(
      `SELECT d.channel, d.received_at, d.due_at, d.resolved_at, d.synced_to_national_portal, d.digitized, o.code AS official
         FROM dossier d LEFT JOIN official o ON o.id = d.handling_official_id WHERE d.code = 'HS-000002'`,
    );
    expect(stored.rows[0]).toMatchObject({ channel: "IN_PERSON", synced_to_national_portal: true, digitized: true, official: "CB001" });
    // 03/03/2024 08:15 in Việt Nam is 01:15 UTC; a due day ends at its last millisecond there
    expect((stored.rows[0].received_at as Date).toISOString()).toBe("2024-03-03T01:15:00.000Z");
    expect((stored.rows[0].due_at as Date).toISOString()).toBe("2024-04-03T16:59:59.999Z");
    const run = await fixture.pool.query(
      `SELECT status, create_rows, update_rows, file_format, EXISTS (SELECT 1 FROM import_file WHERE run_id = r.id AND role = 'ORIGINAL') AS kept
         FROM import_run r WHERE id = $1`,
      [runId],
    );
    expect(run.rows[0]).toEqual({ status: "COMPLETED", create_rows: 50, update_rows: 0, file_format: "CSV", kept: true });
    // every row says which import wrote it
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM dossier WHERE written_by_import_id = $1", [runId])).toBe(50);

    const again = await upload(fixture, "DOSSIER", file);
    expect(again.outcome).toMatchObject({ ok: true, summary: { create: 0, update: 50 } });
    expect(await confirmRun(again.runId)).toEqual({ created: 0, updated: 50 });
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM dossier WHERE written_by_import_id = $1", [again.runId])).toBe(50);
    expect(await dossierCount()).toBe(50);
    const audits = await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM audit_log WHERE action = 'IMPORT_COMPLETED'");
    expect(audits).toBe(2);
  });

  it("refuses a file in Windows-1258-looking mojibake with a clear message, and writes nothing", async () => {
    const text = csvText([DOSSIER_HEADER, dossierRow(900), ["HS-M1", "1.001612", "STP", "Trực tiếp", "01/03/2024", "05/03/2024", "", "", "Có", "", "", "", ""]]);
    // what happens when a UTF-8 export is opened as Windows-1252 and saved again as UTF-8
    const garbled = Buffer.from(Buffer.from(text, "utf8").toString("latin1"), "utf8");
    const file = await writeTestFile(fixture, "loi-ma.csv", garbled);
    const before = await fingerprint();
    const { runId, outcome } = await upload(fixture, "DOSSIER", file);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.message).toContain("lỗi mã");
    const run = await fixture.pool.query("SELECT status, message FROM import_run WHERE id = $1", [runId]);
    expect(run.rows[0].status).toBe("REFUSED");
    expect(run.rows[0].message).toMatch(/UTF-8/);
    await expect(confirmRun(runId)).rejects.toBeInstanceOf(fixture.runs.ImportRefusedError);
    expect(await fingerprint()).toBe(before);
  });

  it("stores Vietnamese in NFC when the file is decomposed (NFD), headers included", async () => {
    const header = ["Mã nhiệm vụ", "Nội dung nhiệm vụ", "Mã cơ quan", "Ngày giao", "Hạn hoàn thành", "Ngày hoàn thành"];
    const title = "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực hộ tịch";
    const text = csvText([header, ["NV-NFD-1", title, "STP", "2024-03-01", "30/06/2024", "15/06/2024"]]).normalize("NFD");
    expect(text).not.toBe(text.normalize("NFC"));
    const file = await writeTestFile(fixture, "nhiem-vu-nfd.csv", text);
    const { runId, outcome } = await upload(fixture, "TASK", file);
    expect(outcome).toMatchObject({ ok: true, summary: { total: 1, create: 1, rejected: 0 } });
    await confirmRun(runId);
    const stored = await scalar<string>(fixture.pool, "SELECT title AS value FROM task WHERE code = 'NV-NFD-1'");
    expect(stored).toBe(title.normalize("NFC"));
    expect(stored.length).toBe(title.normalize("NFC").length);
  });

  it("reads a semicolon-separated CSV with quoted semicolons, quotes and line breaks", async () => {
    const header = ["Mã nhiệm vụ", "Nội dung nhiệm vụ", "Mã cơ quan", "Số văn bản giao", "Ngày giao", "Hạn hoàn thành"];
    const title = 'Triển khai "Đề án 06"; rà soát\ndữ liệu dân cư';
    const file = await writeTestFile(fixture, "cham-phay.csv", csvText([header, ["NV-SC-1", title, "UBND-NS", "12/KH-UBND", "01/02/2024", "01/05/2024"], ["NV-SC-2", "Việc thứ hai", "STP", "", "02/02/2024", "02/05/2024"]], ";"));
    const { runId, outcome } = await upload(fixture, "TASK", file);
    expect(outcome).toMatchObject({ ok: true, summary: { total: 2, create: 2, rejected: 0 } });
    await confirmRun(runId);
    const stored = await fixture.pool.query("SELECT title, document_number FROM task WHERE code = 'NV-SC-1'");
    expect(stored.rows[0]).toEqual({ title, document_number: "12/KH-UBND" });
  });

  it("imports an XLSX workbook made with exceljs, with real date cells", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Hồ sơ");
    sheet.addRow(DOSSIER_HEADER);
    sheet.addRow(["HS-X-1", "1.001612", "STP", "Bưu chính", new Date(Date.UTC(2024, 4, 10, 9, 0)), new Date(Date.UTC(2024, 4, 20)), null, "CB001", "Không", "Có", "Có", null, 1]);
    sheet.addRow(["HS-X-2", "1.001612", "UBND-NS", "ONLINE", "11/05/2024", "2024-05-21", "2024-05-15T10:00:00+07:00", null, true, false, false, null, 0]);
    const file = `${fixture.dir}/ho-so.xlsx`;
    await workbook.xlsx.writeFile(file);
    const { runId, outcome } = await upload(fixture, "DOSSIER", file);
    expect(outcome).toMatchObject({ ok: true, summary: { total: 2, create: 2, rejected: 0 } });
    await confirmRun(runId);
    const stored = await fixture.pool.query("SELECT code, channel, received_at, reschedule_count, synced_to_national_portal FROM dossier WHERE code LIKE 'HS-X-%' ORDER BY code");
    expect(stored.rows.map((r) => [r.code, r.channel, (r.received_at as Date).toISOString(), r.reschedule_count, r.synced_to_national_portal])).toEqual([
      ["HS-X-1", "POSTAL", "2024-05-10T02:00:00.000Z", 1, false],
      ["HS-X-2", "ONLINE", "2024-05-10T17:00:00.000Z", 0, true],
    ]);
  });

  it("rejects a bad date in row 3,142 with its line, column and reason, downloadable as CSV with BOM", async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => dossierRow(i + 1, "HB"));
    // line 1 is the header: line 3,142 is data row 3,141
    rows[3140]![4] = "31/02/2024";
    const file = await writeTestFile(fixture, "ngay-sai.csv", csvText([DOSSIER_HEADER, ...rows]));
    const { runId, outcome } = await upload(fixture, "DOSSIER", file);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.summary).toMatchObject({ total: 4000, create: 3999, update: 0, rejected: 1 });
    expect(shown(outcome.summary.sample)).toEqual([{ line: 3142, column: "Ngày tiếp nhận", reason: vi["records.error.date"] }]);
    const text = (await errorReport(runId)).toString("utf8");
    expect(text.startsWith("\uFEFFDòng,Cột,Lý do,Mã hồ sơ")).toBe(true);
    expect(text).toContain(`3142,Ngày tiếp nhận,${vi["records.error.date"]},HB-003141`);
    expect(await confirmRun(runId)).toEqual({ created: 3999, updated: 0 });
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM dossier WHERE code LIKE 'HB-%'")).toBe(3999);
  });

  it("rejects unknown codes, duplicates and inverted dates row by row, in Vietnamese", async () => {
    const bad = [
      ["HS-E-1", "9.999999", "STP", "Trực tuyến", "01/03/2024", "05/03/2024", "", "", "", "", "", "", ""],
      ["HS-E-2", "1.001612", "XYZ", "Trực tuyến", "01/03/2024", "05/03/2024", "", "CB999", "", "", "", "", ""],
      ["HS-E-3", "1.001612", "STP", "Fax", "01/03/2024", "28/02/2024", "", "", "có lẽ", "", "", "", "-1"],
      ["HS-E-4", "1.001612", "STP", "Trực tiếp", "01/03/2024", "05/03/2024", "", "", "", "", "", "", ""],
      ["HS-E-4", "1.001612", "STP", "Trực tiếp", "01/03/2024", "05/03/2024", "", "", "", "", "", "", ""],
    ];
    const file = await writeTestFile(fixture, "loi.csv", csvText([DOSSIER_HEADER, ...bad]));
    const { outcome } = await upload(fixture, "DOSSIER", file);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.summary).toMatchObject({ total: 5, create: 1, rejected: 4 });
    const byLine = (line: number) => shown(outcome.summary.sample).filter((e) => e.line === line).map((e) => `${e.column}: ${e.reason}`);
    // the value that was not found is echoed back (issue 16, item 9)
    expect(byLine(2)).toEqual(["Mã thủ tục: Không tìm thấy mã thủ tục ‘9.999999’."]);
    expect(byLine(3)).toEqual(["Mã cơ quan: Không tìm thấy mã cơ quan ‘XYZ’.", "Mã cán bộ xử lý: Không tìm thấy mã cán bộ ‘CB999’."]);
    expect(byLine(4)).toEqual(
      expect.arrayContaining([`Hình thức nộp: ${vi["records.error.channel"]}`, `Đồng bộ DVCQG: ${vi["records.error.flag"]}`, `Số lần hẹn lại: ${vi["records.error.count"]}`]),
    );
    expect(byLine(6)).toEqual([`Mã hồ sơ: ${vi["import.error.duplicateInFile"].replace("{first}", "5")}`]);
  });

  it("finds duplicates thousands of lines apart, keeps the first valid row with a code, and the report stays in line order", async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => dossierRow(i + 1, "HD"));
    rows[11_000] = [...dossierRow(1, "HD")]; // line 11,002 repeats line 2, two chunks later
    rows[11_000][3] = "Trực tuyến";
    rows[6_000] = [...dossierRow(5_000, "HD")]; // line 6,002 repeats line 5,001, across a chunk boundary
    rows[9_000] = [...dossierRow(20_000, "HD")]; // line 9,002: the first row with this code is invalid…
    rows[9_000][1] = "9.999999";
    rows[9_500] = dossierRow(20_000, "HD"); // …so line 9,502 is its first valid row, not a duplicate
    rows[9_501] = dossierRow(20_000, "HD"); // and line 9,503 repeats line 9,502 within the same chunk
    const file = await writeTestFile(fixture, "trung-ma.csv", csvText([DOSSIER_HEADER, ...rows]));
    const { runId, outcome } = await upload(fixture, "DOSSIER", file);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.summary).toMatchObject({ total: 12_000, create: 11_996, update: 0, rejected: 4 });
    const duplicate = (first: number) => vi["import.error.duplicateInFile"].replace("{first}", String(first));
    expect(shown(outcome.summary.sample)).toEqual([
      { line: 6_002, column: "Mã hồ sơ", reason: duplicate(5_001) },
      { line: 9_002, column: "Mã thủ tục", reason: "Không tìm thấy mã thủ tục ‘9.999999’." },
      { line: 9_503, column: "Mã hồ sơ", reason: duplicate(9_502) },
      { line: 11_002, column: "Mã hồ sơ", reason: duplicate(2) },
    ]);
    expect(await confirmRun(runId)).toEqual({ created: 11_996, updated: 0 });
    // the first row with HD-000001 (in person) was written, not its repeat (online)
    expect(await scalar<string>(fixture.pool, "SELECT channel::text AS value FROM dossier WHERE code = 'HD-000001'")).toBe("IN_PERSON");
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM dossier WHERE code LIKE 'HD-%'")).toBe(11_996);

    // the same codes again, repeated far apart: each stored code counts once as an update (HD-006001 was
    // a rejected duplicate above, so it is the one new code)
    const again = Array.from({ length: 8_000 }, (_, i) => dossierRow(i + 1, "HD"));
    again[7_000] = dossierRow(3, "HD"); // line 7,002 repeats line 4
    again[7_500] = dossierRow(20_000, "HD"); // line 7,502: a stored code met for the first time in this file…
    again[7_999] = dossierRow(20_000, "HD"); // …and repeated at line 8,001
    const second = await upload(fixture, "DOSSIER", await writeTestFile(fixture, "trung-ma-2.csv", csvText([DOSSIER_HEADER, ...again])));
    if (!second.outcome.ok) throw new Error(second.outcome.message);
    expect(second.outcome.summary).toMatchObject({ total: 8_000, create: 1, update: 7_997, rejected: 2 });
    const reportLines = (await errorReport(second.runId)).toString("utf8").trim().split("\r\n").slice(1);
    expect(reportLines.map((line) => line.split(",").slice(0, 3).join(","))).toEqual([
      `7002,Mã hồ sơ,${duplicate(4)}`,
      `8001,Mã hồ sơ,${duplicate(7_502)}`,
    ]);
    const progress: [number, boolean][] = [];
    const written = await confirmRun(second.runId, (rows, upserting) => progress.push([rows, upserting]));
    expect(written).toEqual({ created: 1, updated: 7_997 });
    // every row staged (the two repeats too), then one signal that the upsert runs
    expect(progress.filter(([, upserting]) => upserting)).toEqual([[8_000, true]]);
    expect(progress.at(-1)).toEqual([8_000, true]);
  });

  it("refuses a file without the required columns", async () => {
    const file = await writeTestFile(fixture, "thieu-cot.csv", csvText([["Mã hồ sơ", "Mã cơ quan"], ["HS-1", "STP"]]));
    const { outcome } = await upload(fixture, "DOSSIER", file);
    expect(outcome).toMatchObject({ ok: false });
    if (!outcome.ok) expect(outcome.message).toContain("Mã thủ tục");
  });
});

describe("all or nothing", () => {
  it("leaves the database unchanged when the confirmed import fails half-way through the write", async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => dossierRow(i + 1, "HF"));
    // half of them update existing dossiers: HS-000001… were imported above
    for (let i = 0; i < 25; i += 1) rows[i] = dossierRow(i + 1);
    const file = await writeTestFile(fixture, "gay-giua-chung.csv", csvText([DOSSIER_HEADER, ...rows]));
    const { runId, outcome } = await upload(fixture, "DOSSIER", file);
    expect(outcome).toMatchObject({ ok: true, summary: { create: 2975, update: 25, rejected: 0 } });

    const before = { count: await dossierCount(), fingerprint: await fingerprint(), perAgency: await perAgency(), rollups: await rollupFingerprint() };
    // a real failure inside the one upsert statement, at row 1,500 of 3,000
    await fixture.asOwner(`
      CREATE FUNCTION test_fail_half_way() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'lỗi giả lập giữa chừng'; END $$;
      CREATE TRIGGER test_fail_half_way BEFORE INSERT ON dossier FOR EACH ROW WHEN (NEW.code = 'HF-001500') EXECUTE FUNCTION test_fail_half_way();
    `);
    let failure: unknown;
    try {
      failure = await confirmRun(runId).catch((error: unknown) => error);
    } finally {
      await fixture.asOwner("DROP TRIGGER test_fail_half_way ON dossier; DROP FUNCTION test_fail_half_way()");
    }
    // the user reads that nothing was written and a reference; the database's own text stays in the log
    expect(failure).toBeInstanceOf(fixture.runs.ImportRefusedError);
    expect((failure as Error).message).toMatch(/không có dòng nào được ghi.*import-\d+-write/);
    expect((failure as Error).message).not.toContain("lỗi giả lập");
    expect(await dossierCount()).toBe(before.count);
    expect(await fingerprint()).toBe(before.fingerprint);
    expect(await perAgency()).toEqual(before.perAgency);
    expect(await rollupFingerprint()).toEqual(before.rollups);
    expect(await rollupDrift()).toBe(0);
    const run = await fixture.pool.query("SELECT status, message FROM import_run WHERE id = $1", [runId]);
    expect(run.rows[0].status).toBe("FAILED");
    expect(run.rows[0].message).toContain("không có dòng nào được ghi");
    expect(run.rows[0].message).not.toContain("lỗi giả lập giữa chừng");
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM audit_log WHERE action = 'IMPORT_FAILED' AND entity_id = $1", [String(runId)])).toBe(1);

    // a failed write may be confirmed again: its working copy is gone, the stored original brings it back
    expect(await confirmRun(runId)).toEqual({ created: 2975, updated: 25 });
    expect(await dossierCount()).toBe(before.count + 2975);
    expect(await rollupDrift()).toBe(0);
    expect(await scalar<string>(fixture.pool, "SELECT status::text AS value FROM import_run WHERE id = $1", [runId])).toBe("COMPLETED");
  });

  it("leaves the database unchanged when the failure comes while rows are still being staged", async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => dossierRow(i + 1, "HG"));
    const file = await writeTestFile(fixture, "gay-khi-nap.csv", csvText([DOSSIER_HEADER, ...rows]));
    const { runId } = await upload(fixture, "DOSSIER", file);
    const before = await fingerprint();
    let seen = 0;
    const failing = confirmRun(runId, (count) => {
      seen = count;
      if (count >= 1000) throw Object.assign(new Error("Connection terminated unexpectedly"), { code: "ECONNRESET" });
    });
    await expect(failing).rejects.toThrow(vi["import.error.connectionLost"]);
    expect(seen).toBeGreaterThanOrEqual(1000);
    expect(seen).toBeLessThan(2500);
    expect(await fingerprint()).toBe(before);
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM dossier WHERE code LIKE 'HG-%'")).toBe(0);
  });
});

async function errorReport(runId: number): Promise<Buffer> {
  return scalar<Buffer>(fixture.pool, "SELECT bytes AS value FROM import_file WHERE run_id = $1 AND role = 'ERROR_REPORT'", [runId]);
}

/** Differences between the rollups and a recount of the dossier table (none when they agree). */
async function rollupDrift(): Promise<number> {
  const client = await fixture.pool.connect();
  try {
    return (await compareRollups(client)).length;
  } finally {
    client.release();
  }
}

/** Every rollup table's rows, as one hash. */
async function rollupFingerprint(): Promise<string[]> {
  const hashes: string[] = [];
  for (const table of ROLLUP_TABLES) {
    hashes.push(await scalar<string>(fixture.pool, `SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS value FROM "${table.name}" r`));
  }
  return hashes;
}

async function perAgency(): Promise<Record<string, number>> {
  const result = await fixture.pool.query<{ code: string; n: number }>(
    "SELECT a.code, count(d.id)::int AS n FROM agency a LEFT JOIN dossier d ON d.agency_id = a.id GROUP BY a.code ORDER BY a.code",
  );
  return Object.fromEntries(result.rows.map((r) => [r.code, r.n]));
}

describe("runs whose server died", () => {
  type Lease = typeof import("@/lib/data/imports/lease");
  let lease: Lease;
  beforeAll(async () => {
    lease = await import("@/lib/data/imports/lease");
  });

  async function validatedRun(prefix: string, rows = 200) {
    const file = await writeTestFile(fixture, `${prefix}.csv`, csvText([DOSSIER_HEADER, ...Array.from({ length: rows }, (_, i) => dossierRow(i + 1, prefix))]));
    const { runId, outcome } = await upload(fixture, "DOSSIER", file);
    expect(outcome.ok).toBe(true);
    return runId;
  }

  it("are failed once their lease runs out, lose their working copy, and can be confirmed again", async () => {
    const runId = await validatedRun("HK");
    const workingCopy = lease.runFile(fixture.pool, runId, "CSV");
    expect(existsSync(workingCopy)).toBe(true);
    // what a server killed during the write leaves behind: the run claimed, its lease no longer renewed
    await fixture.pool.query(
      "UPDATE import_run SET status = 'IMPORTING', confirmed_at = now(), lease_owner = gen_random_uuid(), lease_expires_at = now() - interval '1 second' WHERE id = $1",
      [runId],
    );
    // a lease still running is left alone
    const other = await validatedRun("HL");
    await fixture.pool.query("UPDATE import_run SET status = 'IMPORTING', lease_owner = gen_random_uuid(), lease_expires_at = now() + interval '1 minute' WHERE id = $1", [other]);

    expect(await lease.unsafeSweepDeadRuns(fixture.pool)).toEqual([runId]);
    const run = await fixture.pool.query("SELECT status, message, lease_owner FROM import_run WHERE id = $1", [runId]);
    expect(run.rows[0]).toEqual({ status: "FAILED", message: vi["import.error.serverStoppedWrite"], lease_owner: null });
    expect(existsSync(workingCopy)).toBe(false);
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM audit_log WHERE action = 'IMPORT_FAILED' AND entity_id = $1 AND actor_id IS NULL", [String(runId)])).toBe(1);
    expect(await scalar<string>(fixture.pool, "SELECT status::text AS value FROM import_run WHERE id = $1", [other])).toBe("IMPORTING");

    expect(await confirmRun(runId)).toEqual({ created: 200, updated: 0 });
    expect(existsSync(workingCopy)).toBe(false);
    await fixture.pool.query("UPDATE import_run SET status = 'FAILED', lease_owner = NULL, lease_expires_at = NULL WHERE id = $1", [other]);
  });

  it("never complete once declared dead: the commit checks that its lease still holds", async () => {
    const runId = await validatedRun("HM");
    const before = await dossierCount();
    const write = confirmRun(runId, async () => undefined, {
      // as if another server's sweep had taken the run while this one was writing (in the write's own
      // transaction: the embedded server runs one transaction at a time, a second one would wait for it)
      beforeCommit: async (tx) => {
        await tx.query("UPDATE import_run SET lease_owner = gen_random_uuid() WHERE id = $1", [runId]);
      },
    });
    await expect(write).rejects.toThrow(vi["import.error.leaseLost"]);
    expect(await dossierCount()).toBe(before);
    expect(await scalar<string>(fixture.pool, "SELECT status::text AS value FROM import_run WHERE id = $1", [runId])).toBe("FAILED");
  });

  it("leave no file behind: working copies nobody needs and abandoned uploads are removed", async () => {
    const runId = await validatedRun("HN", 10);
    await confirmRun(runId);
    const stray = lease.runFile(fixture.pool, runId, "CSV");
    await writeFile(stray, "left by a crash");
    const uploads = path.join(os.tmpdir(), "cchc-imports");
    const abandoned = path.join(uploads, `upload-${randomUUID()}`);
    const live = path.join(uploads, `upload-${randomUUID()}`);
    await writeFile(abandoned, "half an upload");
    await writeFile(live, "an upload under way");
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await utimes(abandoned, anHourAgo, anHourAgo);
    await lease.unsafeSweepDeadRuns(fixture.pool);
    expect([existsSync(stray), existsSync(abandoned), existsSync(live)]).toEqual([false, false, true]);
    await rm(live);
  });
});
