// What the security suite reads from the database: ids of the agencies and rows it aims at, and a
// fingerprint of every domain table, so that "nothing changed" is checked row by row rather than
// assumed. Bookkeeping tables change on every request by design (the audit log, sign-in counters
// and times, API token use, import runs) and are left out; users are compared on what matters.
import { hashPassword } from "@/lib/auth/password";
import { withDatabase } from "../../support/session";

/** Tables whose rows are bookkeeping, not domain data. A table of that kind added later belongs here. */
// notification: written by the job worker after a write, at its own pace (issue 22)
const BOOKKEEPING = new Set(["audit_log", "import_run", "import_file", "api_token", "_prisma_migrations", "notification", "notification_crossing", "job_worker"]);
/** app_user without its sign-in counters and times. */
const USER_COLUMNS = "id, username, email, full_name, role, agency_id, active, must_change_password, password_hash, session_version";

export type Fingerprint = Record<string, string>;

export function domainFingerprint(): Promise<Fingerprint> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ table_name: string }>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1",
    );
    const result: Fingerprint = {};
    for (const { table_name: table } of rows) {
      if (BOOKKEEPING.has(table)) continue;
      const source = table === "app_user" ? `(SELECT ${USER_COLUMNS} FROM app_user)` : `"${table}"`;
      const sum = await client.query<{ n: string; hash: string }>(
        `SELECT count(*)::text AS n, md5(coalesce(string_agg(h, '' ORDER BY h), '')) AS hash FROM (SELECT md5(t::text) AS h FROM ${source} t) rows`,
      );
      result[table] = `${sum.rows[0]!.n}:${sum.rows[0]!.hash}`;
    }
    return result;
  });
}

export type Targets = {
  own: { agencyId: number; dossierId: number; procedureId: number; fieldId: number };
  other: { agencyId: number; agencyName: string; dossierId: number; procedureId: number; fieldId: number; markers: string[] };
  periodKey: string;
  periodId: number;
  indexCode: string;
  agencyUserId: number;
  adminUserId: number;
  decisionId: number;
  importRunId: number;
  reorganisationId: number;
};

/** Own agency STP (stuphap's), other agency SYT, and one of each kind of row behind the dynamic routes. */
export function loadTargets(): Promise<Targets> {
  return withDatabase(async (client) => {
    const one = async <T>(sql: string, params: unknown[] = []) => (await client.query<T & Record<string, unknown>>(sql, params)).rows[0]!;
    const agency = async (code: string) => {
      const row = await one<{ id: number; name: string }>("SELECT id, name FROM agency WHERE code = $1", [code]);
      const dossier = await one<{ id: number; procedure_id: number; field_id: number }>(
        "SELECT d.id, d.procedure_id, p.field_id FROM dossier d JOIN procedure p ON p.id = d.procedure_id WHERE d.agency_id = $1 ORDER BY d.id LIMIT 1",
        [row.id],
      );
      return { agencyId: row.id, agencyName: row.name, dossierId: dossier.id, procedureId: dossier.procedure_id, fieldId: dossier.field_id };
    };
    const own = await agency("STP");
    const other = await agency("SYT");
    // rows only the other agency's pages would show: its dossier codes, task codes and titles, officials
    const markers = await client.query<{ marker: string }>(
      `SELECT code AS marker FROM dossier WHERE agency_id = $1
       UNION SELECT code FROM task WHERE agency_id = $1 UNION SELECT title FROM task WHERE agency_id = $1
       UNION SELECT full_name FROM official WHERE agency_id = $1`,
      [other.agencyId],
    );
    const period = await one<{ id: number; year: number; quarter: number }>("SELECT id, year, quarter FROM reporting_period ORDER BY opens_at DESC LIMIT 1");
    const index = await one<{ code: string }>("SELECT code FROM index_definition ORDER BY id LIMIT 1");
    const act = await one<{ id: number }>("SELECT id FROM reorganisation ORDER BY id LIMIT 1");
    const users = await one<{ agency_user: number; admin_user: number }>(
      "SELECT (SELECT id FROM app_user WHERE username = 'ninhson') AS agency_user, (SELECT id FROM app_user WHERE username = 'quantri') AS admin_user",
    );
    // the demo has no quota decision at the e2e scale: one to open (before any fingerprint is taken)
    const decision = await client.query<{ id: number }>(
      `WITH found AS (SELECT id FROM quota_decision ORDER BY id LIMIT 1),
            made AS (INSERT INTO quota_decision (number, decided_on, year, updated_at)
                     SELECT 'KT-AN-NINH/QĐ', '2024-01-15', 2024, now() WHERE NOT EXISTS (SELECT 1 FROM found) RETURNING id)
       SELECT id FROM found UNION ALL SELECT id FROM made`,
    );
    // a finished run to open (bookkeeping; no domain rows)
    const run = await one<{ id: number }>(
      `INSERT INTO import_run (kind, file_name, file_format, file_size, status, message, created_by_id, finished_at)
       SELECT 'TASK', 'bao-mat.csv', 'CSV', 0, 'REFUSED', 'Tệp không có dòng tiêu đề hay dữ liệu nào.', id, now() FROM app_user WHERE username = 'sonoivu' RETURNING id`,
    );
    return {
      own: { agencyId: own.agencyId, dossierId: own.dossierId, procedureId: own.procedureId, fieldId: own.fieldId },
      other: { ...other, markers: markers.rows.map((row) => row.marker).filter((marker) => marker.length >= 6) },
      periodKey: `${period.year}-Q${period.quarter}`,
      periodId: period.id,
      indexCode: index.code,
      agencyUserId: users.agency_user,
      adminUserId: users.admin_user,
      decisionId: decision.rows[0]!.id,
      importRunId: run.id,
      reorganisationId: act.id,
    };
  });
}

/** An agency account of the suite's own (the demo users are shared with other specs), signed in by password. */
export async function createTestUser(username: string, agencyCode = "STP"): Promise<{ username: string; password: string }> {
  const password = "KiemThu@2026an";
  const passwordHash = await hashPassword(password);
  await withDatabase((client) =>
    client.query(
      `INSERT INTO app_user (username, full_name, password_hash, role, agency_id, updated_at)
       SELECT $1, 'Tài khoản kiểm thử an ninh', $2, 'AGENCY', id, now() FROM agency WHERE code = $3
       ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, active = true, locked_until = NULL, failed_attempts = 0`,
      [username, passwordHash, agencyCode],
    ),
  );
  return { username, password };
}

/** Ends every session of the account (a deactivation raises its session version) and reopens it. */
export async function endSessionsOf(username: string): Promise<void> {
  await withDatabase(async (client) => {
    await client.query("UPDATE app_user SET active = false WHERE username = $1", [username]);
    await client.query("UPDATE app_user SET active = true WHERE username = $1", [username]);
  });
}
