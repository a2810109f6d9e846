// Bad bytes on every input path of the import and the API, on a real database: a NUL in an
// imported code no longer leaves the run in VALIDATING, a NUL in a title no longer reaches
// PostgreSQL at the confirmation, /api/v1 answers NUL, bidi and impossible values with Vietnamese
// per-field messages (never 5xx), and an over-large body gets 413. Nothing is written, and no
// stored message or response holds PostgreSQL's own words.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/permissions";
import { MAX_API_BODY_BYTES } from "@/lib/api/body";
import { t } from "@/tests/support/vi";
import { reasonText, type RowReason } from "@/lib/import/reasons";
import { RAW_DATABASE_TEXT } from "@/tests/support/raw-database-text";
import { createFixture, csvText, importer, scalar, upload, writeTestFile, type Fixture } from "../imports/support";

type Routes = { dossiers: typeof import("@/app/api/v1/dossiers/route"); tasks: typeof import("@/app/api/v1/tasks/route") };

let fixture: Fixture;
let db: PrismaClient;
let routes: Routes;
let token: string;

const TASK_HEADER = ["Mã nhiệm vụ", "Nội dung nhiệm vụ", "Mã cơ quan", "Số văn bản giao", "Ngày văn bản", "Ngày giao", "Hạn hoàn thành", "Ngày hoàn thành"];
const taskRow = (code: string, title: string, assigned = "01/03/2024") => [code, title, "STP", "", "", assigned, "30/06/2024", ""];

beforeAll(async () => {
  fixture = await createFixture();
  // createFixture connected the data layer (Prisma and the pg pool) to this file's database
  db = getDb();
  routes = { dossiers: await import("@/app/api/v1/dossiers/route"), tasks: await import("@/app/api/v1/tasks/route") };
  const tokens = await import("@/lib/data/api-tokens");
  const homeAffairs: Viewer = { userId: fixture.viewer.userId, role: "HOME_AFFAIRS", agencyId: null };
  token = (await db.$transaction((tx) => tokens.createApiToken(tx, homeAffairs, { name: "Kiểm thử an ninh", scopes: ["DOSSIER", "TASK"] }))).token;
});
afterAll(async () => {
  await fixture?.close();
});

const counts = () => scalar<string>(fixture.pool, "SELECT (SELECT count(*) FROM task) || '/' || (SELECT count(*) FROM dossier) AS value");

describe("file import", () => {
  it("validates a file with NUL in a code and in a title to its end, rejecting both rows in Vietnamese", async () => {
    const before = await counts();
    const file = await writeTestFile(fixture, "nul.csv", csvText([TASK_HEADER, taskRow("NV-\u0000-1", "Việc một"), taskRow("NV-2", "Việc\u0000 hai")]));
    const { runId, outcome } = await upload(fixture, "TASK", file);
    expect(outcome.ok).toBe(true);
    const run = await fixture.pool.query("SELECT status, rejected_rows, create_rows, error_sample AS sample FROM import_run WHERE id = $1", [runId]);
    expect(run.rows[0]).toMatchObject({ status: "VALIDATED", rejected_rows: 2, create_rows: 0 });
    expect((run.rows[0].sample as { reason: RowReason }[]).map((row) => reasonText(row.reason))).toEqual([t("input.error.control"), t("input.error.control")]);

    const refusal = importer(fixture).confirm(runId);
    await expect(refusal).rejects.toBeInstanceOf(fixture.runs.ImportRefusedError);
    await expect(refusal).rejects.toThrow(t("import.error.nothingValid"));
    const after = await fixture.pool.query("SELECT status, message FROM import_run WHERE id = $1", [runId]);
    expect(after.rows[0]).toMatchObject({ status: "VALIDATED", message: null });
    expect(await counts()).toBe(before);
  });

  it("rejects zero-width and bidi characters in codes and dates of 1900 or 9999", async () => {
    const file = await writeTestFile(
      fixture,
      "odd.csv",
      csvText([TASK_HEADER, taskRow("NV\u200b3", "Việc ba"), taskRow("NV-\u202e4", "Việc bốn"), taskRow("NV-5", "Việc năm", "01/01/1900"), taskRow("NV-6", "Việc sáu", "9999-12-31")]),
    );
    const { runId } = await upload(fixture, "TASK", file);
    const run = await fixture.pool.query("SELECT rejected_rows, error_sample AS sample FROM import_run WHERE id = $1", [runId]);
    expect(run.rows[0].rejected_rows).toBe(4);
    const reasons = (run.rows[0].sample as { reason: RowReason }[]).map((row) => reasonText(row.reason));
    expect(reasons).toEqual([t("input.error.invisible"), t("input.error.bidi"), expect.stringMatching(/khoảng hợp lý/), expect.stringMatching(/khoảng hợp lý/)]);
  });

  it("stores no raw database text in any import message or audit row", async () => {
    const stored = await fixture.pool.query<{ text: string }>(
      "SELECT coalesce(message, '') || ' ' || coalesce(error_sample::text, '') AS text FROM import_run UNION ALL SELECT coalesce(details::text, '') FROM audit_log",
    );
    for (const row of stored.rows) expect(row.text).not.toMatch(RAW_DATABASE_TEXT);
  });
});

function post(path: string, body: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost/api/v1${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body,
  });
}
const get = (path: string) => new Request(`http://localhost/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });

describe("/api/v1", () => {
  const task = { code: "NV-API-S1", title: "Việc", agencyCode: "STP", assignedAt: "2024-01-02", dueAt: "2024-02-01" };

  it("answers NUL, bidi, 1900 and an over-large count field by field with 422, writing nothing", async () => {
    const before = await counts();
    const records = [
      { ...task, code: "NV\u0000" },
      { ...task, code: "NV-2", title: "Việc\u0000" },
      { ...task, code: "NV-3", agencyCode: "ST\u202eP" },
      { ...task, code: "NV-4", assignedAt: "1900-01-01" },
      { ...task, code: "NV-5", title: "\ud800" },
    ];
    const response = await routes.tasks.POST(post("/tasks", JSON.stringify({ records })));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { errors: { index: number; field: string; message: string }[] };
    expect(body.errors.map((e) => [e.index, e.field])).toEqual([[0, "code"], [1, "title"], [2, "agencyCode"], [3, "assignedAt"], [4, "title"]]);
    expect(body.errors[0]!.message).toBe(t("input.error.control"));
    expect(body.errors[4]!.message).toBe(t("input.error.encoding"));
    const dossier = await routes.dossiers.POST(post("/dossiers", JSON.stringify({ records: [{ code: "HS-1", procedureCode: "1.001612", agencyCode: "STP", channel: "ONLINE", receivedAt: "2024-01-02", dueAt: "2024-01-09", rescheduleCount: 3_000_000_000 }] })));
    expect(dossier.status).toBe(422);
    expect(await counts()).toBe(before);
  });

  it("answers NUL and impossible values in the query with 400 in Vietnamese", async () => {
    for (const query of ["?agencyCode=ST%00P", "?procedureCode=%00", "?from=9999-12-31", "?to=0000-01-01", `?cursor=${Buffer.from("99999999999").toString("base64url")}`, "?limit=2147483648"]) {
      const response = await routes.dossiers.GET(get(`/dossiers${query}`));
      expect(response.status, query).toBe(400);
      expect(JSON.stringify(await response.json())).not.toMatch(RAW_DATABASE_TEXT);
    }
  });

  it("refuses a body over the limit with 413, declared or streamed", async () => {
    const declared = await routes.tasks.POST(post("/tasks", "{}", { "content-length": String(MAX_API_BODY_BYTES + 1) }));
    expect(declared.status).toBe(413);
    const streamed = await routes.tasks.POST(post("/tasks", JSON.stringify({ records: [{ ...task, title: "x".repeat(MAX_API_BODY_BYTES) }] })));
    expect(streamed.status).toBe(413);
  });
});
