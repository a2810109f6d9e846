// The dossier list's "overdue" status (issue 16 item 7, the scorecard's "Hồ sơ quá hạn hiện nay"):
// on the demo data it holds exactly the dossiers still unresolved past their due day at the end of
// the as-of day, whenever received — as many as the scorecard counts — newest first, page by page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type pg from "pg";
import type { Viewer } from "@/lib/auth/permissions";
import * as list from "@/lib/data/dossier-list";
import { DEMO_TEST_AS_OF } from "@/lib/demo/timeline";
import { rangePeriod } from "@/lib/metrics/periods";
import { openTestDatabase, type TestDatabase } from "../support/database";

// the demo's day (DEMO_TEST_AS_OF): its data run to it
const AS_OF = DEMO_TEST_AS_OF;
let database: TestDatabase;
let pool: pg.Pool;
const inspector: Viewer = { userId: 0, role: "INSPECTOR", agencyId: null };

beforeAll(async () => {
  database = await openTestDatabase({ demoScale: 0.002 });
  pool = database.pool;
  inspector.userId = (await database.db.user.findFirstOrThrow({ where: { role: "INSPECTOR" } })).id;
});

afterAll(async () => {
  await database?.close();
});

describe("the overdue dossiers list", () => {
  it("holds exactly the dossiers overdue at the end of the as-of day, all of them overdue", async () => {
    const expected = await pool.query<{ id: number }>(
      `SELECT id FROM (
         SELECT d.id, d.received_at, (d.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS rd,
                (d.due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS dd, (d.resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS sd
         FROM dossier d) x
       WHERE rd BETWEEN '2021-01-01'::date AND $1::date AND (sd IS NULL OR sd > $1::date) AND dd <= $1::date
       ORDER BY received_at DESC, id DESC`,
      [AS_OF],
    );
    expect(expected.rows.length, "the demo has dossiers overdue on its day").toBeGreaterThan(0);
    const filter = { period: rangePeriod("2021-01-01", AS_OF), status: "overdue" as const };
    const seen: number[] = [];
    let cursor = null;
    do {
      const page: Awaited<ReturnType<typeof list.listDossiers>> = await list.listDossiers(inspector, filter, AS_OF, cursor);
      expect(page.rows.every((row) => row.outcome === "OVERDUE")).toBe(true);
      seen.push(...page.rows.map((row) => row.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected.rows.map((row) => row.id));
  });
});
