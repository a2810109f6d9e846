// /api/v1 through its route handlers on a real database: a token created as Home Affairs does,
// a batch posted and read back page by page, per-record errors that write nothing, a revoked
// token and a token without the right scope refused, and the OpenAPI document.
import { afterAll, beforeAll, describe, expect, it, vi as vitest } from "vitest";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { closeDatabase, connectDatabase, getDb, getPgPool } from "@/lib/db";
import type { Viewer } from "@/lib/auth/permissions";
import { vi } from "@/lib/i18n/messages/vi";
import { createFixture, scalar, type Fixture } from "./support";

type Routes = {
  dossiers: typeof import("@/app/api/v1/dossiers/route");
  tasks: typeof import("@/app/api/v1/tasks/route");
  openapi: typeof import("@/app/api/v1/openapi.json/route");
  tokens: typeof import("@/lib/data/api-tokens");
};

let fixture: Fixture;
let db: PrismaClient;
let routes: Routes;
let homeAffairs: Viewer;

beforeAll(async () => {
  fixture = await createFixture();
  // the data layer behind the routes (Prisma and the pg pool): createFixture connected it to this file's database
  db = getDb();
  routes = {
    dossiers: await import("@/app/api/v1/dossiers/route"),
    tasks: await import("@/app/api/v1/tasks/route"),
    openapi: await import("@/app/api/v1/openapi.json/route"),
    tokens: await import("@/lib/data/api-tokens"),
  };
  homeAffairs = fixture.viewer;
});
afterAll(async () => {
  await closeDatabase();
  await fixture?.close();
});

const newToken = (scopes: ("DOSSIER" | "TASK")[], name = "Hệ thống một cửa") =>
  db.$transaction((tx) => routes.tokens.createApiToken(tx, homeAffairs, { name, scopes }));

function request(method: "GET" | "POST", path: string, token: string | null, body?: unknown): Request {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  return new Request(`http://localhost/api/v1${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

const dossier = (i: number) => ({
  code: `API-${String(i).padStart(5, "0")}`,
  procedureCode: "1.001612",
  agencyCode: i % 2 ? "STP" : "UBND-NS",
  channel: "ONLINE",
  receivedAt: `2024-06-${String((i % 28) + 1).padStart(2, "0")}T08:00:00+07:00`,
  dueAt: "2024-07-31",
  resolvedAt: i % 4 === 0 ? null : "2024-07-01T10:00:00+07:00",
  handlingOfficialCode: i % 3 === 0 ? "CB001" : null,
  syncedToNationalPortal: true,
  digitized: i % 2 === 0,
  rescheduleCount: 0,
});

describe("API /api/v1", () => {
  it("stores only the token's hash", async () => {
    const created = await newToken(["DOSSIER"]);
    expect(created.token).toMatch(/^cchc_[A-Za-z0-9_-]{43}$/);
    const stored = await fixture.pool.query("SELECT token_hash, prefix FROM api_token WHERE id = $1", [created.id]);
    expect(stored.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.rows[0].token_hash).not.toContain(created.token.slice(5));
    expect(created.token.startsWith(stored.rows[0].prefix)).toBe(true);
  });

  it("posts a batch with a token, reads it back page by page, and updates on a second post", async () => {
    const { token } = await newToken(["DOSSIER", "TASK"]);
    const records = Array.from({ length: 250 }, (_, i) => dossier(i + 1));
    const posted = await routes.dossiers.POST(request("POST", "/dossiers", token, { records }));
    expect(posted.status).toBe(200);
    expect(await posted.json()).toEqual({ created: 250, updated: 0 });

    const seen: Record<string, unknown>[] = [];
    let cursor: string | null = null;
    do {
      const query: string = `?limit=100${cursor ? `&cursor=${cursor}` : ""}`;
      const response = await routes.dossiers.GET(request("GET", `/dossiers${query}`, token));
      expect(response.status).toBe(200);
      const page = (await response.json()) as { data: Record<string, unknown>[]; nextCursor: string | null };
      seen.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(250);
    expect(seen[2]).toEqual({
      code: "API-00003", procedureCode: "1.001612", agencyCode: "STP", channel: "ONLINE",
      receivedAt: "2024-06-04T01:00:00.000Z", dueAt: "2024-07-31T16:59:59.999Z", resolvedAt: "2024-07-01T03:00:00.000Z",
      handlingOfficialCode: "CB001", syncedToNationalPortal: true, digitized: false, hasElectronicResult: false,
      apologyIssuedAt: null, rescheduleCount: 0,
    });

    // received on 2 June in Việt Nam: i % 28 === 1, i.e. i = 1, 29, …, 225, all odd, so all at STP
    const filtered = await routes.dossiers.GET(request("GET", "/dossiers?agencyCode=STP&from=2024-06-02&to=2024-06-02&limit=1000", token));
    const onlyThat = (await filtered.json()) as { data: { code: string }[]; nextCursor: null };
    expect(onlyThat.data.map((d) => d.code)).toEqual([1, 29, 57, 85, 113, 141, 169, 197, 225].map((i) => `API-${String(i).padStart(5, "0")}`));
    expect(onlyThat.nextCursor).toBeNull();
    const other = await routes.dossiers.GET(request("GET", "/dossiers?agencyCode=UBND-NS&from=2024-06-02&to=2024-06-02", token));
    expect(((await other.json()) as { data: unknown[] }).data).toEqual([]);

    const again = await routes.dossiers.POST(request("POST", "/dossiers", token, { records: records.slice(0, 10).map((r) => ({ ...r, rescheduleCount: 1 })) }));
    expect(await again.json()).toEqual({ created: 0, updated: 10 });
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM dossier WHERE code LIKE 'API-%' AND reschedule_count = 1")).toBe(10);
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM audit_log WHERE action = 'API_BATCH_WRITTEN'")).toBe(2);
  });

  it("answers per-record errors in Vietnamese and writes nothing when a record is invalid", async () => {
    const { token } = await newToken(["TASK"]);
    const before = await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM task");
    const records = [
      { code: "NV-API-1", title: "Việc một", agencyCode: "STP", assignedAt: "2024-01-02", dueAt: "2024-02-01" },
      { code: "NV-API-2", title: "Việc hai", agencyCode: "KHONG-CO", assignedAt: "02/01/2024", dueAt: "01/02/2024" },
      { code: "NV-API-3", title: "", agencyCode: "STP", assignedAt: "2024-01-02", dueAt: "hôm qua" },
      { code: "NV-API-1", title: "Trùng", agencyCode: "STP", assignedAt: "2024-01-02", dueAt: "2024-02-01" },
    ];
    const response = await routes.tasks.POST(request("POST", "/tasks", token, { records }));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { code: string; errors: { index: number; field: string; message: string }[] };
    expect(body.code).toBe("INVALID_RECORDS");
    expect(body.errors).toEqual([
      { index: 1, field: "agencyCode", message: "Không tìm thấy mã cơ quan ‘KHONG-CO’." },
      { index: 2, field: "title", message: vi["records.error.textRequired"] },
      { index: 2, field: "dueAt", message: vi["records.error.date"] },
      { index: 3, field: "code", message: vi["api.error.duplicate"].replace("{first}", "0") },
    ]);
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM task")).toBe(before);
  });

  it("refuses a revoked token, a token without the right scope, no token, and an oversized batch", async () => {
    const dossiersOnly = await newToken(["DOSSIER"], "Cổng dịch vụ công");
    const task = { code: "NV-SCOPE-1", title: "Việc", agencyCode: "STP", assignedAt: "2024-01-02", dueAt: "2024-02-01" };
    const wrongScope = await routes.tasks.POST(request("POST", "/tasks", dossiersOnly.token, { records: [task] }));
    expect(wrongScope.status).toBe(403);
    expect((await routes.tasks.GET(request("GET", "/tasks", dossiersOnly.token))).status).toBe(403);

    const revoked = await newToken(["DOSSIER", "TASK"], "Hệ thống cũ");
    expect((await routes.tasks.GET(request("GET", "/tasks", revoked.token))).status).toBe(200);
    await db.$transaction((tx) => routes.tokens.revokeApiToken(tx, homeAffairs, { tokenId: revoked.id }));
    const afterRevoke = await routes.tasks.POST(request("POST", "/tasks", revoked.token, { records: [task] }));
    expect(afterRevoke.status).toBe(401);
    expect(await afterRevoke.json()).toEqual({ code: "UNAUTHORIZED", message: vi["api.error.unauthorized"] });

    expect((await routes.tasks.POST(request("POST", "/tasks", null, { records: [task] }))).status).toBe(401);
    expect((await routes.tasks.POST(request("POST", "/tasks", "cchc_forged", { records: [task] }))).status).toBe(401);
    expect(await scalar<number>(fixture.pool, "SELECT count(*)::int AS value FROM task WHERE code = 'NV-SCOPE-1'")).toBe(0);

    const { token } = await newToken(["TASK"]);
    const tooMany = Array.from({ length: 10_001 }, () => task);
    expect((await routes.tasks.POST(request("POST", "/tasks", token, { records: tooMany }))).status).toBe(400);
  });

  it("limits the rate per token", async () => {
    const { token } = await newToken(["TASK"], "Vòng lặp");
    // 80 at once against a bucket of 60 refilled at one a second: some must be turned away
    const responses = await Promise.all(Array.from({ length: 80 }, () => routes.tasks.GET(request("GET", "/tasks?limit=1", token))));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(60);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
    expect(statuses.every((s) => s === 200 || s === 429)).toBe(true);
    const refused = responses[statuses.indexOf(429)]!;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });

  it("refuses over the limit before asking the database anything, and limits unknown tokens too", async () => {
    const { token } = await newToken(["TASK"], "Trước khi ghi");
    const from = (address: string, value: string | null) => {
      const req = request("GET", "/tasks?limit=1", value);
      req.headers.set("x-forwarded-for", address);
      return req;
    };
    for (let i = 0; i < 60; i += 1) expect((await routes.tasks.GET(from("203.0.113.5", token))).status).toBe(200);
    expect(await scalar<Date | null>(fixture.pool, "SELECT last_used_at AS value FROM api_token WHERE name = 'Trước khi ghi'")).not.toBeNull();
    const forged = `cchc_${"x".repeat(43)}`;
    for (let i = 0; i < 10; i += 1) expect((await routes.tasks.GET(from("198.51.100.7", forged))).status).toBe(401);
    const { token: other } = await newToken(["TASK"], "Khi mất kết nối");
    // The buckets refill (a request a second per token, one failure in six seconds per address):
    // on a loaded machine the requests above took longer than that. The clock stands still from
    // here, and what came back is spent with the database still there.
    const clock = vitest.spyOn(Date, "now").mockReturnValue(Date.now());
    for (let i = 0; i < 60 && (await routes.tasks.GET(from("203.0.113.5", token))).status === 200; i += 1);
    for (let i = 0; i < 10 && (await routes.tasks.GET(from("198.51.100.7", forged))).status === 401; i += 1);
    // from here on the database cannot be reached: what is refused must not need it
    await connectDatabase("postgresql://postgres:postgres@127.0.0.1:1/none", { poolMax: 1 });
    try {
      const limited = await routes.tasks.GET(from("203.0.113.5", token));
      expect(limited.status).toBe(429);
      expect(await limited.json()).toMatchObject({ code: "RATE_LIMITED" });
      const unknown = await routes.tasks.GET(from("198.51.100.7", `cchc_${"y".repeat(43)}`));
      expect(unknown.status).toBe(429);
      expect(Number(unknown.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      clock.mockRestore();
      // and what does need it is a 503 with Retry-After, in JSON, not a bare 500
      const down = await routes.tasks.GET(from("192.0.2.9", other));
      expect(down.status).toBe(503);
      expect(down.headers.get("retry-after")).toBe("5");
      expect(await down.json()).toEqual({ code: "UNAVAILABLE", message: vi["api.error.unavailable"].replace("{seconds}", "5") });
    } finally {
      clock.mockRestore();
      // back on this file's database, with new clients (connectDatabase closed the old ones)
      await connectDatabase(fixture.database.appUrl, { poolMax: 6 });
      fixture.pool = getPgPool();
      db = getDb();
    }
  });

  it("serves an OpenAPI document generated from the record schemas", async () => {
    const doc = (await routes.openapi.GET().json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { required: string[]; properties: Record<string, unknown> }> } };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(["/dossiers", "/tasks"]);
    expect(doc.components.schemas.DossierRecord!.required).toEqual(["code", "procedureCode", "agencyCode", "channel", "receivedAt", "dueAt"]);
    expect(doc.components.schemas.TaskRecord!.properties).toHaveProperty("completedAt");
    // transient failures are documented: 503 with Retry-After, and one error shape with a code
    const post = (doc.paths["/dossiers"] as { post: { responses: Record<string, { headers?: Record<string, unknown>; content: { "application/json": { schema: { properties: Record<string, { enum?: string[] }> } } } }> } }).post;
    expect(post.responses["503"]!.headers).toHaveProperty("Retry-After");
    expect(post.responses["503"]!.content["application/json"].schema.properties.code!.enum).toContain("UNAVAILABLE");
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "403", "422", "429", "500", "503"]));
  });
});
