// Loads the generated part of the demo (organisation, procedure catalogue, officials, tasks,
// dossiers) with the streaming bulk loader. Generators speak in array indexes; database ids are
// read back by code after each table is loaded, never assumed from the sequence.
import type { ClientBase } from "pg";
import { bulkLoad, isEmbedded, quoteIdentifier } from "../db/bulk-load";
import { rebuildRollups, setRollupTriggers } from "../db/rollups";
import { withDeferredIndexes } from "../db/deferred-indexes";
import { generateDossiers } from "./dossiers";
import { officialRoster } from "./officials";
import { AGENCIES, PROVINCE } from "./organisation";
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

/** Agencies, parents before children, in as many passes as the tree is deep. */
export async function loadAgencies(client: ClientBase): Promise<{ byCode: Map<string, number>; ids: Int32Array }> {
  let byCode = new Map<string, number>();
  let waiting = [...AGENCIES];
  while (waiting.length > 0) {
    const ready = waiting.filter((a) => a.parentCode === undefined || byCode.has(a.parentCode));
    if (ready.length === 0) throw new Error(`demo seed: agency parents not found for ${waiting.map((a) => a.code).join(", ")}`);
    await bulkLoad(
      client,
      "agency",
      ["code", "name", "short_name", "kind", "level", "parent_id", "valid_from", "synthetic"],
      ready.map((a) => [
        a.code, a.name, a.shortName ?? null, a.kind, a.level,
        a.parentCode === undefined ? null : byCode.get(a.parentCode)!, PROVINCE.validFrom, a.synthetic,
      ]),
    );
    byCode = await idsByCode(client, "agency");
    waiting = waiting.filter((a) => !byCode.has(a.code));
  }
  return { byCode, ids: alignIds(byCode, AGENCIES, "agency") };
}

export type CatalogueIds = { procedures: Int32Array; officials: Int32Array };

export async function loadCatalogue(client: ClientBase, agencyIds: Int32Array): Promise<CatalogueIds> {
  await bulkLoad(client, "procedure_field", ["code", "name"], PROCEDURE_FIELDS.map((f) => [f.code, f.name]));
  const fieldIds = alignIds(await idsByCode(client, "procedure_field"), PROCEDURE_FIELDS, "procedure field");
  const agencyIndex = new Map(AGENCIES.map((a, i) => [a.code, i]));
  await bulkLoad(
    client,
    "procedure",
    ["code", "name", "field_id", "level", "online_level", "status", "statutory_days", "agency_id"],
    PROCEDURES.map((p) => [
      p.code, p.name, fieldIds[p.fieldIndex]!, p.level, p.onlineLevel, "ACTIVE", p.statutoryDays,
      p.ownerCode === null ? null : agencyIds[agencyIndex.get(p.ownerCode)!]!,
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

export async function loadTasks(client: ClientBase, scale: number, agencyIds: Int32Array): Promise<number> {
  function* rows(): Generator<unknown[]> {
    for (const t of generateTasks(scale)) {
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
  agencyIds: Int32Array,
  catalogue: CatalogueIds,
  onProgress?: Progress,
): Promise<number> {
  function* rows(): Generator<unknown[]> {
    for (const d of generateDossiers(scale)) {
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
