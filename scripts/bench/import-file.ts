// The import benchmark's file: `rows` valid dossiers as a UTF-8 CSV with BOM and the template's
// Vietnamese headers, naming procedures and officials that exist in the database. Streamed to
// disk (a million rows are ~130 MB). Every code starts with BENCH_IMPORT_PREFIX so the rows can
// be found and deleted afterwards.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import type { ClientBase, Pool } from "pg";
import { KINDS } from "../../lib/import/kinds";
import { csvLine } from "../../lib/import/report";

export const BENCH_IMPORT_PREFIX = "BENCH-";

const pad = (n: number) => String(n).padStart(2, "0");
const dmy = (d: Date) => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
const DAY = 86_400_000;

/**
 * `existing`: codes already stored, written first (the import then updates them); `prefix` names
 * the new rows (default BENCH_IMPORT_PREFIX).
 */
export async function writeDossierCsv(
  db: Pool | ClientBase,
  file: string,
  rows: number,
  options: { prefix?: string; existing?: readonly string[] } = {},
): Promise<{ bytes: number }> {
  const prefix = options.prefix ?? BENCH_IMPORT_PREFIX;
  const existing = options.existing ?? [];
  const procedures = (await db.query<{ code: string }>("SELECT code FROM procedure ORDER BY id LIMIT 500")).rows.map((r) => r.code);
  const officials = (
    await db.query<{ code: string; agency: string }>("SELECT o.code, a.code AS agency FROM official o JOIN agency a ON a.id = o.agency_id ORDER BY o.id LIMIT 500")
  ).rows;
  if (procedures.length === 0 || officials.length === 0) throw new Error("Cơ sở dữ liệu chưa có dữ liệu mẫu (thủ tục, cán bộ).");
  const out = createWriteStream(file);
  let bytes = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  await write("\uFEFF" + csvLine(KINDS.DOSSIER.columns.map((c) => c.header)));
  for (let i = 0; i < rows; i += 1) {
    const official = officials[i % officials.length]!;
    const day = new Date(Date.UTC(2023, 0, 1) + (i % 600) * DAY);
    const due = new Date(day.getTime() + 10 * DAY);
    const resolved = new Date(day.getTime() + ((i % 12) + 1) * DAY);
    await write(
      csvLine([
        existing[i] ?? `${prefix}${String(i).padStart(7, "0")}`, procedures[i % procedures.length]!, official.agency, i % 3 === 0 ? "Trực tuyến" : "Trực tiếp",
        `${dmy(day)} 08:${pad(i % 60)}`, dmy(due), i % 50 === 0 ? "" : `${dmy(resolved)} 15:00`, official.code,
        i % 2 === 0 ? "Có" : "Không", "Có", i % 4 === 0 ? "Có" : "Không", "", "0",
      ]),
    );
  }
  out.end();
  await once(out, "finish");
  return { bytes };
}
