// The seeded, bounded fuzz pass of issue 17: more than 2,000 generated bad inputs across /api/v1
// (record fields, whole bodies, query parameters), the import upload (cells, file names, kinds)
// and page parameters (path ids and query values). Over all of them: 0 responses ≥ 500, 0 raw
// database messages in any response or stored message, 0 changed rows in domain tables, and every
// value of a class a field must refuse is refused at that field. Failures name the seed and case.
// Page cases that fail only for want of bounded page-parameter parsing (issue 17 item 1, owned by
// issue-24-ui) are reported as expected until that lands; the ones that would take the shared
// test server down (years far past the data's span) are listed and not sent.
import { createHash, randomBytes } from "node:crypto";
import { expect, request, test } from "@playwright/test";
import { RAW_DATABASE_TEXT } from "@/tests/support/raw-database-text";
import { withDatabase } from "../support/session";
import { BASE_URL, savedSession, type Client } from "./support/client";
import { domainFingerprint, loadTargets, type Fingerprint, type Targets } from "./support/database";
import { badParameter, badSegment, badValue, FUZZ_SEED, Random } from "./support/fuzz";
import {
  BYTE_KINDS, DOSSIER_FIELDS, farYear, goodDossier, goodTask, ITEM_1_PARAMETERS, PAGE_PARAMETERS, PAGE_PARAMETERS_BOUNDED, PAGE_PATHS, REPORTED_PAGE_CASES,
  sentinelTask, TASK_COLUMNS, TASK_FIELDS, TASK_KEYS,
} from "./support/fuzz-targets";
import { inPool } from "./support/pool";

// inputs per target; record fields go 15 to a batch and import cells 20 to a file, so the pass
// stays near a minute on a loaded machine
const COUNTS = { apiFields: 900, recordsPerBatch: 15, apiBodies: 40, apiQueries: 200, importFiles: 60, rowsPerFile: 20, importHeaders: 30, pages: 160 };

type Problem = string;

let targets: Targets;
let homeAffairs: Client;
let agencyStaff: Client;
let tokens: string[] = [];
let before: Fingerprint;
let startedAt: Date;
let requests = 0;
const problems: Problem[] = [];
const expectedItem1: string[] = [];
const notSent: string[] = [];

/** A response: no 5xx, no raw database text. */
function check(where: string, status: number, body: string): void {
  requests += 1;
  if (status >= 500) problems.push(`${where}: ${status}`);
  if (RAW_DATABASE_TEXT.test(body)) problems.push(`${where}: raw database text: ${body.slice(0, 160)}`);
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  targets = await loadTargets();
  homeAffairs = await savedSession("sonoivu");
  agencyStaff = await savedSession("stuphap");
  // 60 requests a minute per token (lib/api/rate-limit.ts): enough tokens that the fuzz tests input, not the limiter
  tokens = Array.from({ length: 30 }, () => `cchc_${randomBytes(32).toString("base64url")}`);
  await withDatabase((client) =>
    client.query(
      `INSERT INTO api_token (name, token_hash, prefix, scopes, created_by_id)
       SELECT 'Kiểm thử fuzz', h, left(t, 11), ARRAY['DOSSIER', 'TASK']::"ImportKind"[], (SELECT id FROM app_user WHERE username = 'sonoivu')
         FROM unnest($1::text[], $2::text[]) AS x(t, h)`,
      [tokens, tokens.map((token) => createHash("sha256").update(token).digest("hex"))],
    ),
  );
  before = await domainFingerprint();
  startedAt = await withDatabase(async (client) => (await client.query<{ now: Date }>("SELECT now() AS now")).rows[0]!.now);
});

test.afterAll(async () => {
  await Promise.all([homeAffairs?.ctx.dispose(), agencyStaff?.ctx.dispose()]);
});

test("/api/v1: record fields, whole bodies and query parameters", async () => {
  test.setTimeout(240_000);
  const random = new Random(FUZZ_SEED).fork("api");
  // each batch: records of one kind with one bad field each, and a sentinel that fails the batch whole
  const batches = Array.from({ length: COUNTS.apiFields / COUNTS.recordsPerBatch }, (_, b) => {
    const dossier = b % 2 === 0;
    const fields = dossier ? DOSSIER_FIELDS : TASK_FIELDS;
    const records = Array.from({ length: COUNTS.recordsPerBatch }, (_, r) => {
      const i = b * COUNTS.recordsPerBatch + r;
      const field = random.pick(Object.keys(fields));
      const record = dossier ? goodDossier(i) : goodTask(i);
      const bad = badValue(random, String(record[field] ?? ""), true);
      return { i, field, kind: fields[field]!, bad, record: { ...record, [field]: bad.value } };
    });
    return { b, dossier, records };
  });
  await inPool(batches, 3, async ({ b, dossier, records }) => {
    const sentinel = dossier ? { ...goodDossier(-1), agencyCode: "KHONG-CO-CO-QUAN" } : sentinelTask;
    const response = await homeAffairs.ctx.post(`/api/v1/${dossier ? "dossiers" : "tasks"}`, {
      headers: { authorization: `Bearer ${tokens[b % tokens.length]}`, "content-type": "application/json" },
      data: JSON.stringify({ records: [...records.map((item) => item.record), sentinel] }),
    });
    const body = await response.text();
    check(`api batch #${b} (seed ${FUZZ_SEED})`, response.status(), body);
    if (response.status() !== 422) return void problems.push(`api batch #${b}: ${response.status()}, expected 422`);
    const errors = (JSON.parse(body) as { errors: { index: number; field: string }[] }).errors;
    records.forEach(({ i, field, kind, bad }, index) => {
      if (bad.refusedBy.includes(kind) && !errors.some((error) => error.index === index && error.field === field)) {
        problems.push(`api field #${i} (seed ${FUZZ_SEED}) ${field}=${bad.kind}: accepted ${JSON.stringify(bad.value).slice(0, 60)}`);
      }
    });
  });

  const bodies: { label: string; data: string | Buffer; headers?: Record<string, string> }[] = [
    { label: "not JSON", data: "{records: [" },
    { label: "empty", data: "" },
    { label: "null", data: "null" },
    { label: "records not an array", data: JSON.stringify({ records: {} }) },
    { label: "too many records", data: JSON.stringify({ records: Array.from({ length: 10_001 }, () => ({})) }) },
    { label: "deep nesting", data: `${"[".repeat(100_000)}${"]".repeat(100_000)}` },
    { label: "not UTF-8", data: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]) },
    { label: "BOM", data: `\ufeff${JSON.stringify({ records: [sentinelTask] })}` },
    { label: "declared too large", data: "{}", headers: { "content-length": String(64 * 1024 * 1024) } },
    // within the API's limit but past the 10 MB at which Next.js cuts a proxied body by default: read whole, refused at its field
    { label: "large, within the limit", data: JSON.stringify({ records: [{ ...sentinelTask, title: "x".repeat(12 * 1024 * 1024) }] }) },
    { label: "too large", data: JSON.stringify({ records: [{ ...sentinelTask, title: "x".repeat(17 * 1024 * 1024) }] }) },
    { label: "wrong type", data: "records=1", headers: { "content-type": "application/x-www-form-urlencoded" } },
  ];
  while (bodies.length < COUNTS.apiBodies) {
    const bad = badValue(random, "", true);
    bodies.push({ label: `records: [${bad.kind}]`, data: JSON.stringify({ records: [bad.value, sentinelTask] }) });
  }
  await inPool(bodies, 2, async ({ label, data, headers }, i) => {
    const where = `api body #${i} ${label}`;
    // A server that has refused a body past its limit need not read the rest: it may close the
    // connection while the 17 MB are still being sent (EPIPE or a reset here). That is a refusal
    // too. So that the closing connection is never handed to the next case by the keep-alive pool
    // (CI once saw the next body reset), that body goes alone on a connection of its own.
    const overLimit = label === "too large";
    const ctx = overLimit ? await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { origin: BASE_URL } }) : homeAffairs.ctx;
    const sent = ctx.post("/api/v1/tasks", {
      headers: { authorization: `Bearer ${tokens[(i + 7) % tokens.length]}`, "content-type": "application/json", ...(overLimit ? { connection: "close" } : {}), ...headers },
      data,
    });
    // any other failure to get an answer is a problem
    const response = await sent.catch((error: unknown) => {
      if (overLimit && /EPIPE|ECONNRESET|socket hang up/.test(String(error))) return null;
      throw error;
    });
    try {
      if (response === null) return;
      check(where, response.status(), await response.text());
      if (![400, 413, 422].includes(response.status())) problems.push(`${where}: ${response.status()}`);
      if (label === "large, within the limit" && response.status() !== 422) problems.push(`${where}: ${response.status()}, expected 422 (the body read whole)`);
    } finally {
      if (overLimit) await ctx.dispose();
    }
  });

  const queries = Array.from({ length: COUNTS.apiQueries }, (_, i) => {
    const name = random.pick(["agencyCode", "procedureCode", "from", "to", "limit", "cursor"]);
    return { i, name, ...badParameter(random), path: random.pick(["dossiers", "tasks"]) };
  });
  await inPool(queries, 4, async ({ i, name, kind, value, path }) => {
    const response = await homeAffairs.ctx.get(`/api/v1/${path}?${new URLSearchParams({ [name]: value })}`, {
      headers: { authorization: `Bearer ${tokens[(i + 13) % tokens.length]}` },
    });
    const where = `api query #${i} ${name}=${kind}`;
    check(where, response.status(), await response.text());
    if (["nul", "control", "bidi"].includes(kind) && response.status() !== 400) problems.push(`${where}: ${response.status()}, expected 400`);
  });
});

async function uploadFile(kind: string, fileName: string, content: string): Promise<{ status: number; body: string; runId: number | null; ok: boolean | null }> {
  const response = await homeAffairs.ctx.post("/api/imports", { headers: { "x-import-kind": kind, "x-file-name": fileName }, data: Buffer.from(content, "utf8") });
  const body = await response.text();
  const done = body.split("\n").filter(Boolean).map((line) => JSON.parse(line) as { type: string; runId?: number; ok?: boolean }).find((line) => line.type === "done");
  return { status: response.status(), body, runId: done?.runId ?? null, ok: done?.ok ?? null };
}

const csvCell = (value: string) => (/[",;\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

test("the import upload: cells, file names and kinds", async () => {
  test.setTimeout(240_000);
  const random = new Random(FUZZ_SEED).fork("import");
  const files = Array.from({ length: COUNTS.importFiles }, (_, f) => {
    const rows = Array.from({ length: COUNTS.rowsPerFile }, (_, r) => {
      const record = goodTask(f * 100 + r);
      const field = random.pick(TASK_KEYS);
      const bad = badValue(random, record[field]!, false);
      return { field, bad, cells: TASK_KEYS.map((key) => (key === field ? String(bad.value) : record[key]!)) };
    });
    return { f, rows };
  });
  await inPool(files, 2, async ({ f, rows }) => {
    const content = [TASK_COLUMNS, ...rows.map((row) => row.cells)].map((cells) => cells.map(csvCell).join(",")).join("\r\n");
    const upload = await uploadFile("TASK", `fuzz-${f}.csv`, content);
    const where = `import file #${f} (seed ${FUZZ_SEED})`;
    check(where, upload.status, upload.body);
    if (upload.runId === null) return void problems.push(`${where}: no run (${upload.body.slice(0, 120)})`);
    const run = await withDatabase(async (client) =>
      (await client.query<{ status: string; create_rows: number; update_rows: number; rejected_rows: number }>("SELECT status, create_rows, update_rows, rejected_rows FROM import_run WHERE id = $1", [upload.runId])).rows[0]!,
    );
    const mustRefuse = rows.filter((row) => row.bad.refusedBy.includes(TASK_FIELDS[row.field]!)).length;
    if (run.rejected_rows < mustRefuse) problems.push(`${where}: ${run.rejected_rows} rows rejected, at least ${mustRefuse} must be`);
    // a run with nothing valid is confirmed too: the write must refuse it in Vietnamese and store no database text
    if (run.status === "VALIDATED" && run.create_rows + run.update_rows === 0) {
      const confirm = await homeAffairs.ctx.post(`/api/imports/${upload.runId}/confirm`);
      check(`${where} confirm`, confirm.status(), await confirm.text());
    }
  });

  const headers = Array.from({ length: COUNTS.importHeaders }, (_, i) => {
    const name = random.chance(0.7) ? String(badParameter(random).value) : random.pick(["../../etc/passwd.csv", "con.csv", "a.csv\u0000.exe", "%E0%A4%A.csv", "x".repeat(300) + ".csv", ".csv", "a.xlsx"]);
    const kind = random.chance(0.8) ? "TASK" : random.pick(["", "task", "DOSSIER\u0000", "USER", "'; --"]);
    return { i, name, kind };
  });
  await inPool(headers, 2, async ({ i, name, kind }) => {
    let header: string;
    try {
      header = encodeURIComponent(name);
    } catch {
      header = name;
    }
    const response = await homeAffairs.ctx.post("/api/imports", {
      headers: { "x-import-kind": kind.replace(/[\u0000-\u001f]/g, ""), "x-file-name": random.chance(0.2) ? name.replace(/[^\x20-\x7e]/g, "") : header },
      data: Buffer.from(`${TASK_COLUMNS.join(",")}\r\n`, "utf8"),
    });
    check(`import header #${i} ${JSON.stringify(name).slice(0, 40)} ${kind}`, response.status(), await response.text());
  });
});

type PageCase = { who: Client; path: string; bytes: boolean; item1: boolean; label: string };

test("page parameters: path ids and query values", async () => {
  test.setTimeout(240_000);
  const random = new Random(FUZZ_SEED).fork("pages");
  const cases: PageCase[] = [];
  for (const { path, sent } of REPORTED_PAGE_CASES) {
    const label = `reported ${path}`;
    if (sent) cases.push({ who: homeAffairs, path, bytes: false, item1: true, label });
    else if (PAGE_PARAMETERS_BOUNDED) cases.push({ who: homeAffairs, path, bytes: false, item1: true, label });
    else notSent.push(label);
  }
  for (let i = 0; cases.length + notSent.length < COUNTS.pages; i += 1) {
    let bytes = false;
    let item1 = false;
    const labels: string[] = [];
    const path = random.pick(PAGE_PATHS(targets)).replace(/\{([^}]*)\}/g, (_, good: string) => {
      if (!random.chance(0.5)) return good;
      const segment = badSegment(random);
      bytes ||= segment.kind === "percent";
      item1 ||= segment.kind === "id-range";
      labels.push(`segment=${segment.kind}`);
      return segment.value;
    });
    const query = new URLSearchParams();
    for (let p = random.int(0, 3); p > 0; p -= 1) {
      const name = random.pick(PAGE_PARAMETERS);
      const value = badParameter(random);
      query.set(name, value.value);
      bytes ||= BYTE_KINDS.has(value.kind) && value.kind !== "percent";
      item1 ||= ITEM_1_PARAMETERS.has(name);
      labels.push(`${name}=${value.kind}`);
    }
    const url = `${path}${query.size > 0 ? `?${query}` : ""}`;
    const label = `page #${i} ${url.slice(0, 120)} [${labels.join(", ")}]`;
    if (!PAGE_PARAMETERS_BOUNDED && [...query.entries()].some(([name, value]) => ["period", "from", "to", "year"].includes(name) && farYear(value))) notSent.push(label);
    else cases.push({ who: random.chance(0.7) ? homeAffairs : agencyStaff, path: url, bytes, item1, label });
  }
  await inPool(cases, 3, async ({ who, path, bytes, item1, label }) => {
    const response = await who.ctx.get(path, { maxRedirects: 0 });
    const status = response.status();
    const body = await response.text();
    if (status >= 500 && item1 && !bytes && !PAGE_PARAMETERS_BOUNDED) {
      requests += 1;
      expectedItem1.push(`${label}: ${status}`);
      return;
    }
    check(label, status, body);
  });
});

test("over the whole pass: no raw database text stored, no run left validating, no domain row changed", async () => {
  const stored = await withDatabase(async (client) => {
    const runs = await client.query<{ id: number; status: string; text: string }>(
      "SELECT id, status, coalesce(message, '') || ' ' || coalesce(error_sample::text, '') AS text FROM import_run WHERE created_at >= $1",
      [startedAt],
    );
    const audit = await client.query<{ text: string }>("SELECT coalesce(details::text, '') AS text FROM audit_log WHERE at >= $1", [startedAt]);
    return { runs: runs.rows, audit: audit.rows };
  });
  for (const run of stored.runs) {
    if (run.status === "VALIDATING" || run.status === "IMPORTING") problems.push(`import run ${run.id} left ${run.status}`);
    if (RAW_DATABASE_TEXT.test(run.text)) problems.push(`import run ${run.id} stores raw database text: ${run.text.slice(0, 160)}`);
  }
  for (const row of stored.audit) if (RAW_DATABASE_TEXT.test(row.text)) problems.push(`audit row stores raw database text: ${row.text.slice(0, 160)}`);
  const inputs = COUNTS.apiFields + COUNTS.apiBodies + COUNTS.apiQueries + COUNTS.importFiles * COUNTS.rowsPerFile + COUNTS.importHeaders + COUNTS.pages;
  console.log(
    `fuzz (seed ${FUZZ_SEED}): ${inputs} generated inputs, ${requests} requests, ${problems.length} problems; ` +
      `${expectedItem1.length} page cases answered 5xx for want of bounded page parameters (issue-24-ui), ${notSent.length} not sent (far years)`,
  );
  for (const line of expectedItem1) console.log(`  expected until issue-24-ui: ${line}`);
  for (const line of notSent.slice(0, 20)) console.log(`  not sent: ${line}`);
  expect(inputs).toBeGreaterThanOrEqual(2000);
  expect(problems).toEqual([]);
  expect(await domainFingerprint()).toEqual(before);
});
