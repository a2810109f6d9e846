// Loads the generated part of the demo (organisation and its history, procedure catalogue,
// officials, tasks, dossiers) with the streaming bulk loader. Generators speak in array indexes;
// database ids are read back by code after each table is loaded, never assumed from the sequence.
import type { ClientBase } from "pg";
import { bulkLoad, isEmbedded, quoteIdentifier } from "../db/bulk-load";
import { rebuildRollups, setRollupTriggers } from "../db/rollups";
import { withDeferredIndexes } from "../db/deferred-indexes";
import { generateDossiers } from "./dossier-streams";
import { officialRoster } from "./officials";
import { AGENCIES, DEMO_USERS } from "./organisation";
import { DEMO_ACTS } from "./org/acts";
import { departmentFor } from "./org/routing";
import { PROCEDURE_FIELDS, PROCEDURES } from "./procedures";
import { generateTasks } from "./tasks";

export type Progress = (rows: number) => void;

async function idsByCode(client: ClientBase, table: string): Promise<Map<string, number>> {
  const result = await client.query<{ id: number; code: string }>(`SELECT id, code FROM ${quoteIdentifier(table)}`);
  return new Map(result.rows.map((r) => [r.code, r.id]));
}

/** Index-aligned ids: ids[i] is the database id of seeds[i]. */
function alignIds(ids: Map<string, number>, seeds: readonly { code: string }[], what: string): Int32Array {
  return Int32Array.from(seeds, (seed) => {
    const id = ids.get(seed.code);
    if (id === undefined) throw new Error(`demo seed: ${what} ${seed.code} was not stored`);
    return id;
  });
}

/** Agencies, parents before children, in as many passes as the tree is deep; then their main successors. */
export async function loadAgencies(client: ClientBase): Promise<{ byCode: Map<string, number>; ids: Int32Array }> {
  let byCode = new Map<string, number>();
  let waiting = [...AGENCIES];
  while (waiting.length > 0) {
    const ready = waiting.filter((a) => a.parentCode === undefined || byCode.has(a.parentCode));
    if (ready.length === 0) throw new Error(`demo seed: agency parents not found for ${waiting.map((a) => a.code).join(", ")}`);
    await bulkLoad(
      client,
      "agency",
      ["code", "name", "short_name", "kind", "level", "parent_id", "valid_from", "valid_to", "synthetic"],
      ready.map((a) => [
        a.code, a.name, a.shortName ?? null, a.kind, a.level,
        a.parentCode === undefined ? null : byCode.get(a.parentCode)!, a.validFrom, a.validTo, a.synthetic,
      ]),
    );
    byCode = await idsByCode(client, "agency");
    waiting = waiting.filter((a) => !byCode.has(a.code));
  }
  return { byCode, ids: alignIds(byCode, AGENCIES, "agency") };
}

/** A unit's main successor: the one that takes the largest share of it (for the agency page). */
function mainSuccessors(): Map<string, string> {
  const best = new Map<string, { code: string; share: number }>();
  for (const act of DEMO_ACTS) {
    for (const line of act.lines) {
      if (line.successor === null) continue;
      const current = best.get(line.predecessor);
      if (!current || line.share > current.share) best.set(line.predecessor, { code: line.successor, share: line.share });
    }
  }
  return new Map([...best].map(([code, { code: successor }]) => [code, successor]));
}

/** The acts of the demo's reorganisations and their lines, with what each did to the demo users. */
export async function loadReorganisations(client: ClientBase, byCode: Map<string, number>): Promise<{ acts: number; lines: number }> {
  const agency = (code: string) => {
    const id = byCode.get(code);
    if (id === undefined) throw new Error(`demo seed: unknown agency ${code} in a reorganisation`);
    return id;
  };
  for (const [predecessor, successor] of mainSuccessors()) {
    await client.query("UPDATE agency SET successor_id = $2 WHERE id = $1", [agency(predecessor), agency(successor)]);
  }
  let lines = 0;
  for (const act of DEMO_ACTS) {
    const closed = new Set(act.lines.map((line) => line.predecessor));
    const created = new Set(act.lines.flatMap((line) => (line.successor && AGENCIES.find((a) => a.code === line.successor)?.validFrom === act.effectiveOn ? [line.successor] : [])));
    const users = DEMO_USERS.flatMap((user) => {
      const path = user.formerAgencyCodes ?? [];
      const at = path.findIndex((code) => closed.has(code));
      if (at < 0) return [];
      const to = [...path, user.agencyCode].slice(at + 1).find((code) => code !== undefined);
      return [user.active === false && at === path.length - 1 && user.agencyCode === path[at] ? { username: user.username, action: "deactivate" } : { username: user.username, action: "move", to }];
    });
    const summary = { closed: closed.size, created: created.size, users };
    const { rows } = await client.query<{ id: number }>(
      `INSERT INTO reorganisation (act_number, act_date, issuer, title, effective_on, note, synthetic, applied_summary)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) RETURNING id`,
      [act.actNumber, act.actDate, act.issuer, act.title, act.effectiveOn, act.note, act.synthetic, JSON.stringify(summary)],
    );
    await bulkLoad(
      client,
      "reorganisation_line",
      ["reorganisation_id", "kind", "predecessor_id", "successor_id", "share", "note", "synthetic"],
      act.lines.map((line) => [rows[0]!.id, line.kind, agency(line.predecessor), line.successor === null ? null : agency(line.successor), line.share, line.note, line.synthetic]),
    );
    lines += act.lines.length;
  }
  return { acts: DEMO_ACTS.length, lines };
}

export type CatalogueIds = { procedures: Int32Array; officials: Int32Array };

/** Procedures (each owned by today's department of its field) and the handling officials. */
export async function loadCatalogue(client: ClientBase, agencyIds: Int32Array, asOf: string): Promise<CatalogueIds> {
  await bulkLoad(client, "procedure_field", ["code", "name"], PROCEDURE_FIELDS.map((f) => [f.code, f.name]));
  const fieldIds = alignIds(await idsByCode(client, "procedure_field"), PROCEDURE_FIELDS, "procedure field");
  const agencyIndex = new Map(AGENCIES.map((a, i) => [a.code, i]));
  await bulkLoad(
    client,
    "procedure",
    ["code", "name", "field_id", "level", "online_level", "status", "statutory_days", "agency_id"],
    PROCEDURES.map((p) => [
      p.code, p.name, fieldIds[p.fieldIndex]!, p.level, p.onlineLevel, "ACTIVE", p.statutoryDays,
      p.level === "PROVINCE" ? agencyIds[agencyIndex.get(departmentFor("ALL", asOf, PROCEDURE_FIELDS[p.fieldIndex]!.code))!]! : null,
    ]),
  );
  const { officials } = officialRoster();
  await bulkLoad(
    client,
    "official",
    ["code", "full_name", "agency_id", "active"],
    officials.map((o) => [o.code, o.fullName, agencyIds[o.agency]!, o.active]),
  );
  return {
    procedures: alignIds(await idsByCode(client, "procedure"), PROCEDURES, "procedure"),
    officials: alignIds(await idsByCode(client, "official"), officials, "official"),
  };
}

export async function loadTasks(client: ClientBase, scale: number, agencyIds: Int32Array, lastDay: number): Promise<number> {
  function* rows(): Generator<unknown[]> {
    for (const t of generateTasks(scale, lastDay)) {
      const assigned = new Date(t.assignedAt);
      yield [
        t.code, t.title, agencyIds[t.agency]!, t.documentNumber, t.documentDate, assigned, new Date(t.dueAt),
        t.completedAt === null ? null : new Date(t.completedAt), assigned,
      ];
    }
  }
  const columns = ["code", "title", "agency_id", "document_number", "document_date", "assigned_at", "due_at", "completed_at", "created_at"];
  return bulkLoad(client, "task", columns, rows(), { freeze: !(await isEmbedded(client)) });
}

const DOSSIER_COLUMNS = [
  "code", "procedure_id", "agency_id", "handling_official_id", "channel", "received_at", "due_at", "resolved_at",
  "synced_to_national_portal", "digitized", "has_electronic_result", "apology_issued_at", "reschedule_count",
];

export async function loadDossiers(
  client: ClientBase,
  scale: number,
  lastDay: number,
  agencyIds: Int32Array,
  catalogue: CatalogueIds,
  onProgress?: Progress,
): Promise<number> {
  function* rows(): Generator<unknown[]> {
    for (const d of generateDossiers(scale, lastDay)) {
      yield [
        d.code, catalogue.procedures[d.procedure]!, agencyIds[d.agency]!, catalogue.officials[d.official]!, d.channel,
        new Date(d.receivedAt), new Date(d.dueAt), d.resolvedAt === null ? null : new Date(d.resolvedAt),
        d.syncedToNationalPortal, d.digitized, d.hasElectronicResult,
        d.apologyIssuedAt === null ? null : new Date(d.apologyIssuedAt), d.rescheduleCount,
      ];
    }
  }
  const freeze = !(await isEmbedded(client));
  // The rollups are built in one pass after the load rather than by the triggers per statement.
  await setRollupTriggers(client, false);
  const count = await withDeferredIndexes(client, "dossier", () =>
    bulkLoad(client, "dossier", DOSSIER_COLUMNS, rows(), { freeze, onProgress }),
  );
  await setRollupTriggers(client, true);
  await rebuildRollups(client);
  return count;
}
