// /api/v1 for the provincial systems: token check, batch write and keyset-paginated reads of
// dossiers and tasks. A batch is validated record by record with the file import's schemas and
// code resolution; if any record is invalid nothing is written and every error is returned, else
// all records are written in one transaction (the same upsert as the file import, in code order) with
// one audit row naming the token; the rows record the token that wrote them. The viewer (token)
// comes first: its scopes are the scope of every read and write here.
import "server-only";
import { getPgPool } from "@/lib/db/pg-pool";
import { inTransaction, withClient } from "@/lib/db/pg-client";
import { retryConflicts } from "@/lib/db/retry";
import { hashApiToken } from "@/lib/auth/api-token";
import { KINDS } from "@/lib/import/kinds";
import { duplicateError, RecordValidator } from "@/lib/import/validate";
import { reasonText } from "@/lib/import/reasons";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locale";
import { endOfLocalDay, startOfLocalDay } from "@/lib/metrics/periods";
import { cursorOf, idOfCursor, type ApiScope, type ListQuery } from "@/lib/validations/api-tokens";
import { appendAudit } from "@/lib/audit";
import { unsafeLoadReferences } from "./imports/references";
import { unsafeUpsertRows } from "./imports/write";

export type ApiCaller = { tokenId: number; name: string; scopes: ApiScope[] };

/**
 * The active token with this plain value, or null (unknown or revoked). Reads only.
 * Scope: none yet — this is how a request's token becomes its viewer (lib/api/handler.ts).
 */
export async function unsafeAuthenticateApiToken(token: string): Promise<ApiCaller | null> {
  const result = await getPgPool().query<{ id: number; name: string; scopes: string }>(
    "SELECT id, name, scopes::text[] AS scopes FROM api_token WHERE token_hash = $1 AND revoked_at IS NULL",
    [hashApiToken(token)],
  );
  const row = result.rows[0];
  if (!row) return null;
  const scopes = (Array.isArray(row.scopes) ? row.scopes : String(row.scopes).replace(/[{}]/g, "").split(",")) as ApiScope[];
  return { tokenId: row.id, name: row.name, scopes };
}

/** last_used_at is shown to the minute: write it at most once a minute per token and process. */
const TOUCH_EVERY_MS = 60_000;
const touchedAt = new Map<number, number>();

/** Records that an accepted request used the token (not a refused one: those write nothing). */
export async function touchApiToken(viewer: ApiCaller, now = Date.now()): Promise<void> {
  if (now - (touchedAt.get(viewer.tokenId) ?? 0) < TOUCH_EVERY_MS) return;
  touchedAt.set(viewer.tokenId, now);
  await getPgPool().query("UPDATE api_token SET last_used_at = now() WHERE id = $1", [viewer.tokenId]);
}

export type RecordError = { index: number; field: string; message: string };

export type BatchResult = { ok: true; created: number; updated: number } | { ok: false; errors: RecordError[] };

/** `locale`: the caller's language, in which each record's reasons are worded. */
export async function writeBatch(viewer: ApiCaller, kind: ApiScope, records: readonly unknown[], locale: Locale = DEFAULT_LOCALE): Promise<BatchResult> {
  if (!viewer.scopes.includes(kind)) throw new Error(`token ${viewer.tokenId} may not write ${kind}`);
  const spec = KINDS[kind];
  const pool = getPgPool();
  const refs = await withClient(pool, (client) => unsafeLoadReferences(client, kind));
  const validator = new RecordValidator(spec, refs);
  const rows: unknown[][] = [];
  const errors: RecordError[] = [];
  const firstIndex = new Map<string, number>();
  records.forEach((record, index) => {
    const checked = validator.check(record);
    const earlier = checked.ok ? firstIndex.get(checked.code) : undefined;
    const failed = checked.ok ? (earlier === undefined ? [] : [duplicateError("api.error.duplicate", earlier)]) : checked.errors;
    for (const error of failed) errors.push({ index, field: error.field, message: reasonText(error.reason, locale) });
    if (checked.ok && earlier === undefined) {
      firstIndex.set(checked.code, index);
      rows.push(checked.row);
    }
  });
  if (errors.length > 0) return { ok: false, errors };
  // rolled back whole when it loses a deadlock or serialisation race, so it may simply run again
  const counts = await retryConflicts(
    () =>
      inTransaction(pool, async (client) => {
        const written = await unsafeUpsertRows(client, spec, rows, { apiTokenId: viewer.tokenId });
        await appendAudit(client, {
          actorId: null,
          event: "API_BATCH_WRITTEN",
          entityId: String(viewer.tokenId),
          details: { token: viewer.name, kind, created: written.created, updated: written.updated },
        });
        return written;
      }),
    { onRetry: (error, attempt, delayMs) => console.error(`[api] batch of token ${viewer.tokenId} lost a race (attempt ${attempt}), retrying in ${delayMs} ms`, error) },
  );
  return { ok: true, created: counts.created, updated: counts.updated };
}

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

type DossierRow = {
  id: number; code: string; procedure_code: string; agency_code: string; channel: string; received_at: Date; due_at: Date;
  resolved_at: Date | null; official_code: string | null; synced_to_national_portal: boolean; digitized: boolean;
  has_electronic_result: boolean; apology_issued_at: Date | null; reschedule_count: number;
};

type TaskRow = {
  id: number; code: string; title: string; agency_code: string; document_number: string | null; document_date: string | null;
  assigned_at: Date; due_at: Date; completed_at: Date | null;
};

export type Page<T> = { data: T[]; nextCursor: string | null };

function filters(query: ListQuery, dateColumn: string, withProcedure: boolean): { where: string; params: unknown[] } {
  const params: unknown[] = [idOfCursor(query.cursor)];
  const clauses = ["r.id > $1"];
  if (query.agencyCode) {
    params.push(query.agencyCode);
    clauses.push(`a.code = $${params.length}`);
  }
  if (withProcedure && query.procedureCode) {
    params.push(query.procedureCode);
    clauses.push(`p.code = $${params.length}`);
  }
  if (query.from) {
    params.push(startOfLocalDay(query.from));
    clauses.push(`r.${dateColumn} >= $${params.length}`);
  }
  if (query.to) {
    params.push(endOfLocalDay(query.to));
    clauses.push(`r.${dateColumn} < $${params.length}`);
  }
  params.push(query.limit + 1);
  return { where: clauses.join(" AND "), params };
}

function page<R extends { id: number }, T>(rows: R[], limit: number, shape: (row: R) => T): Page<T> {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  return { data: shown.map(shape), nextCursor: more ? cursorOf(shown[shown.length - 1]!.id) : null };
}

export async function listDossiers(viewer: ApiCaller, query: ListQuery): Promise<Page<Record<string, unknown>>> {
  if (!viewer.scopes.includes("DOSSIER")) return { data: [], nextCursor: null };
  const { where, params } = filters(query, "received_at", true);
  const result = await getPgPool().query<DossierRow>(
    `SELECT r.id, r.code, p.code AS procedure_code, a.code AS agency_code, r.channel, r.received_at, r.due_at, r.resolved_at,
            o.code AS official_code, r.synced_to_national_portal, r.digitized, r.has_electronic_result, r.apology_issued_at, r.reschedule_count
       FROM dossier r JOIN agency a ON a.id = r.agency_id JOIN procedure p ON p.id = r.procedure_id
       LEFT JOIN official o ON o.id = r.handling_official_id
      WHERE ${where} ORDER BY r.id LIMIT $${params.length}`,
    params,
  );
  return page(result.rows, query.limit, (r) => ({
    code: r.code, procedureCode: r.procedure_code, agencyCode: r.agency_code, channel: r.channel,
    receivedAt: iso(r.received_at), dueAt: iso(r.due_at), resolvedAt: iso(r.resolved_at), handlingOfficialCode: r.official_code,
    syncedToNationalPortal: r.synced_to_national_portal, digitized: r.digitized, hasElectronicResult: r.has_electronic_result,
    apologyIssuedAt: iso(r.apology_issued_at), rescheduleCount: r.reschedule_count,
  }));
}

export async function listTasks(viewer: ApiCaller, query: ListQuery): Promise<Page<Record<string, unknown>>> {
  if (!viewer.scopes.includes("TASK")) return { data: [], nextCursor: null };
  const { where, params } = filters(query, "assigned_at", false);
  const result = await getPgPool().query<TaskRow>(
    `SELECT r.id, r.code, r.title, a.code AS agency_code, r.document_number, to_char(r.document_date, 'YYYY-MM-DD') AS document_date,
            r.assigned_at, r.due_at, r.completed_at
       FROM task r JOIN agency a ON a.id = r.agency_id
      WHERE ${where} ORDER BY r.id LIMIT $${params.length}`,
    params,
  );
  return page(result.rows, query.limit, (r) => ({
    code: r.code, title: r.title, agencyCode: r.agency_code, documentNumber: r.document_number, documentDate: r.document_date,
    assignedAt: iso(r.assigned_at), dueAt: iso(r.due_at), completedAt: iso(r.completed_at),
  }));
}

