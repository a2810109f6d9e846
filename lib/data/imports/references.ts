// Codes the records name, resolved to ids: agencies, procedures, officials, procedure fields.
// Loaded once per import (a province has hundreds of agencies and a few thousand procedures and
// officials), so validating a million rows asks the database nothing per row. Province-wide
// reference data, readable by every caller: no scope to check.
import "server-only";
import type { ClientBase } from "pg";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { References } from "@/lib/import/kinds";

async function codes(client: ClientBase, sql: string): Promise<Map<string, number>> {
  const result = await client.query<{ code: string; id: number }>(sql);
  return new Map(result.rows.map((row) => [row.code, row.id]));
}

/**
 * The codes a kind's rows refer to (agencies, procedures, officials), code → id.
 * Scope: province-wide reference lists, read for an import or API batch already authorised.
 */
export async function unsafeLoadReferences(client: ClientBase, kind: ImportKind): Promise<References> {
  const empty = new Map<string, number>();
  const agencies = await codes(client, "SELECT code, id FROM agency");
  if (kind === "TASK") return { agencies, procedures: empty, officials: new Map(), fields: empty };
  if (kind === "PROCEDURE") {
    return { agencies, procedures: empty, officials: new Map(), fields: await codes(client, "SELECT code, id FROM procedure_field") };
  }
  const officials = await client.query<{ code: string; id: number; agency_id: number }>("SELECT code, id, agency_id FROM official");
  return {
    agencies,
    procedures: await codes(client, "SELECT code, id FROM procedure"),
    officials: new Map(officials.rows.map((row) => [row.code, { id: row.id, agencyId: row.agency_id }])),
    fields: empty,
  };
}
