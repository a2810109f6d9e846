// The downloadable templates on the demo data (issue 16, item 9): each kind's template, CSV and
// Excel, with its example row as it ships, imports with no error on a freshly seeded demo, since the
// codes it names (today's Sở Tư pháp, its official, its procedure and field) are the demo's; and a
// code the demo does not hold is echoed back in the refusal.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createReadStream } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reasonText } from "@/lib/import/reasons";
import type { RowError } from "@/lib/import/report";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/permissions";
import { importsFor } from "@/lib/data/imports/runs";
import { workingDirectory } from "@/lib/import/files";
import { KINDS } from "@/lib/import/kinds";
import { csvLine } from "@/lib/import/report";
import { formatOf } from "@/lib/import/source";
import { templateFile } from "@/lib/import/template";
import { openTestDatabase, type TestDatabase } from "../support/database";

// the run keeps each reason as a key with its arguments; the import page shows it in words
const shown = (sample: readonly RowError[]) => sample.map((error) => ({ ...error, reason: reasonText(error.reason) }));

let database: TestDatabase;
let dir: string;
let homeAffairs: Viewer;

beforeAll(async () => {
  database = await openTestDatabase({ demoScale: 0.001 });
  dir = await mkdtemp(path.join(os.tmpdir(), "cchc-template-test-"));
  const user = await database.pool.query<{ id: number }>("SELECT id FROM app_user WHERE username = 'sonoivu'");
  homeAffairs = { userId: user.rows[0]!.id, role: "HOME_AFFAIRS", agencyId: null };
});

afterAll(async () => {
  const working = database ? workingDirectory(database.pool.options) : null;
  await database?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
  if (working) await rm(working, { recursive: true, force: true });
});

async function upload(kind: ImportKind, fileName: string, bytes: Buffer) {
  const file = path.join(dir, fileName);
  await writeFile(file, bytes);
  return importsFor(homeAffairs, "127.0.0.1").start({ kind, fileName, format: formatOf(file)!, body: createReadStream(file) });
}

describe("the import templates on the demo", () => {
  const kinds: ImportKind[] = ["PROCEDURE", "DOSSIER", "TASK"];
  for (const kind of kinds) {
    it(`imports the ${kind} template's example row with no error, as CSV and as Excel`, async () => {
      for (const format of ["CSV", "XLSX"] as const) {
        const template = await templateFile(kind, format);
        const { runId, outcome } = await upload(kind, `${format}-${template.fileName}`, template.bytes);
        if (!outcome.ok) throw new Error(outcome.message);
        expect(outcome.summary, `${kind} ${format}`).toMatchObject({ total: 1, rejected: 0, sample: [] });
        const written = await importsFor(homeAffairs, "127.0.0.1").confirm(runId);
        expect(written.created + written.updated).toBe(1);
      }
      const code = KINDS[kind].columns.find((column) => column.key === "code")!.example;
      const table = KINDS[kind].table;
      const rows = await database.pool.query(`SELECT 1 FROM ${table} WHERE code = $1`, [code]);
      expect(rows.rowCount).toBe(1);
    });
  }

  it("echoes a code the demo does not hold", async () => {
    const columns = KINDS.TASK.columns;
    const row = columns.map((column) => (column.key === "agencyCode" ? "XYZ" : column.key === "code" ? "NV-2026-9999" : column.example));
    const csv = Buffer.from("\uFEFF" + csvLine(columns.map((column) => column.header)) + csvLine(row), "utf8");
    const { outcome } = await upload("TASK", "ma-la.csv", csv);
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.summary.rejected).toBe(1);
    expect(shown(outcome.summary.sample)).toEqual([{ line: 2, column: "Mã cơ quan", reason: "Không tìm thấy mã cơ quan ‘XYZ’." }]);
  });
});
