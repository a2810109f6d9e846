// A long Excel export that the reader cancels stops the server's work (issue 20 item 5): the
// dossier list of a whole year on the demo data (scale 0.002) streams from the database through
// the route's own writer (streamWorkbook of lib/api/xlsx-export.ts); after the first chunk the
// reader cancels — as the page's "Hủy" or a cancelled browser download does — or the request's
// signal aborts. Within a bounded time the row stream is closed, no further batch is read from
// the database, and the rows read are a fraction of the list. The row count the answer states up
// front (X-Export-Rows) is the list's count by SQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { streamWorkbook, workbookSpec } from "@/lib/api/xlsx-export";
import type { Viewer } from "@/lib/auth/permissions";
import { countDossiers, streamDossiers, type DossierListFilter, type DossierListRow } from "@/lib/data/dossier-list";
import { EXPORT_ROWS_HEADER } from "@/lib/export/progress";
import { fixedIntl } from "@/lib/i18n/fixed";
import { sheet } from "@/lib/export/xlsx/columns";
import { yearPeriod } from "@/lib/metrics/periods";
import { openTestDatabase, type TestDatabase } from "../support/database";

const AS_OF = "2024-08-31";
const BATCH = 100;
const homeAffairs: Viewer = { userId: 0, role: "HOME_AFFAIRS", agencyId: null };
const filter: DossierListFilter = { period: yearPeriod(2023) };

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase({ demoScale: 0.002 });
});
afterAll(async () => database?.close());

/** The list's rows as the export reads them, counting the rows and the batches read, and noting the stream's end. */
function watched() {
  const seen = { rows: 0, batches: 0, closed: false };
  async function* rows(): AsyncGenerator<DossierListRow> {
    try {
      for await (const row of streamDossiers(homeAffairs, filter, AS_OF, BATCH)) {
        if (seen.rows % BATCH === 0) seen.batches += 1;
        seen.rows += 1;
        yield row;
      }
    } finally {
      seen.closed = true;
    }
  }
  return { seen, rows: rows() };
}

function exportOf(rows: AsyncIterable<DossierListRow>, signal: AbortSignal, total: number): Response {
  const content = {
    what: "dossier-list",
    title: { title: "Hồ sơ năm 2023", unit: "Toàn tỉnh", period: "Năm 2023" },
    sheets: [sheet("Hồ sơ", [{ key: "code", header: "Mã hồ sơ", type: "text" as const, value: (row: DossierListRow) => row.code }, { key: "received", header: "Ngày tiếp nhận", type: "date" as const, value: (row: DossierListRow) => row.receivedAt }], rows)],
    notes: { filters: [], definitions: [] },
  };
  return streamWorkbook(workbookSpec(content, { province: "Khánh Hòa", asOf: AS_OF, user: { fullName: "Kiểm thử" }, at: new Date(), intl: fixedIntl("vi") }), "dossier-list-2023.xlsx", signal, total);
}

/** Waits until `done()` holds, at most `ms`. */
async function until(done: () => boolean, ms: number): Promise<number> {
  const started = Date.now();
  while (!done() && Date.now() - started < ms) await new Promise((resolve) => setTimeout(resolve, 10));
  return Date.now() - started;
}

describe("cancelling a long Excel export", () => {
  it("states the list's row count up front, the SQL count", async () => {
    const total = await countDossiers(homeAffairs, filter, AS_OF);
    const { rows: [sql] } = await database.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM dossier WHERE received_at >= '2023-01-01'::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' AND received_at < '2024-01-01'::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`,
    );
    expect(total).toBe(sql!.n);
    expect(total).toBeGreaterThan(20 * BATCH);
    const { rows } = watched();
    const response = exportOf(rows, new AbortController().signal, total);
    expect(response.headers.get(EXPORT_ROWS_HEADER)).toBe(String(total));
    await response.body!.cancel();
  });

  it("stops reading the database once the reader cancels the body", async () => {
    const total = await countDossiers(homeAffairs, filter, AS_OF);
    const { seen, rows } = watched();
    const reader = exportOf(rows, new AbortController().signal, total).body!.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    const took = await until(() => seen.closed, 5_000);
    expect(seen.closed).toBe(true);
    expect(took).toBeLessThan(5_000);
    const { rows: read, batches } = seen;
    // nothing more is read afterwards
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.rows).toBe(read);
    expect(seen.batches).toBe(batches);
    expect(read).toBeLessThan(total);
  });

  it("stops reading the database once the request's signal aborts (the browser went away)", async () => {
    const total = await countDossiers(homeAffairs, filter, AS_OF);
    const { seen, rows } = watched();
    const request = new AbortController();
    const reader = exportOf(rows, request.signal, total).body!.getReader();
    expect((await reader.read()).done).toBe(false);
    request.abort(new Error("client went away"));
    const took = await until(() => seen.closed, 5_000);
    expect(seen.closed).toBe(true);
    expect(took).toBeLessThan(5_000);
    const read = seen.rows;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(seen.rows).toBe(read);
    expect(read).toBeLessThan(total);
    // the body ends in an error: the browser never sees a complete, truncated file
    await expect(reader.read()).rejects.toThrow();
  });
});
