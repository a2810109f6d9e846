// Loads the reference demo data (DESIGN §5.4–§5.6) and the demo users with plain
// parameterised SQL. Assumes the agency table is loaded and every table written
// here is empty. Columns not set take their defaults.

import type { ClientBase } from "pg";
import { hashPassword } from "../auth/password";
import { DEMO_PASSWORD, DEMO_USERS } from "./organisation";
import { PEER_SCORES } from "./indices-peer-data";
import {
  AGENCY_ASSESSMENTS, COMPONENT_OWNERS, COMPONENT_SCORES, INDEX_COMPONENTS, INDEX_DEFINITIONS, INDEX_SCORES,
  RANKING_GROUPS, RATING_BANDS, SERVICE_UNIT_AUTONOMY, STAFFING_ROWS, TARGETS, settingsFor,
} from "./reference-data";

type Cell = string | number | boolean | null;

/**
 * Multi-row INSERT. `casts[i]`, when set, is appended to column i's
 * placeholder (e.g. `::"Role"`). Returns the rows of `returning`, if asked.
 */
async function insertRows(
  client: ClientBase,
  table: string,
  columns: readonly string[],
  rows: readonly Cell[][],
  options: { casts?: readonly (string | undefined)[]; returning?: string } = {},
): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  const perChunk = Math.max(1, Math.floor(30000 / columns.length));
  for (let start = 0; start < rows.length; start += perChunk) {
    const chunk = rows.slice(start, start + perChunk);
    const params: Cell[] = [];
    const tuples = chunk.map((row) => {
      if (row.length !== columns.length) throw new Error(`${table}: row has ${row.length} cells, expected ${columns.length}`);
      const cells = row.map((cell, i) => {
        params.push(cell);
        return `$${params.length}${options.casts?.[i] ?? ""}`;
      });
      return `(${cells.join(", ")})`;
    });
    const cols = columns.map((c) => `"${c}"`).join(", ");
    const returning = options.returning === undefined ? "" : ` RETURNING ${options.returning}`;
    const result = await client.query(`INSERT INTO "${table}" (${cols}) VALUES ${tuples.join(", ")}${returning}`, params);
    out.push(...(result.rows as Record<string, unknown>[]));
  }
  return out;
}

function lookup(map: Map<string, number>, key: string, what: string): number {
  const id = map.get(key);
  if (id === undefined) throw new Error(`loadReferenceData: unknown ${what} "${key}"`);
  return id;
}

export async function loadReferenceData(
  client: ClientBase,
  agencyIdByCode: Map<string, number>,
  asOf: string,
): Promise<{ users: number; indexScores: number; staffingRows: number }> {
  const agency = (code: string): number => lookup(agencyIdByCode, code, "agency code");

  // settings
  await insertRows(client, "setting", ["key", "value", "updated_at"],
    settingsFor(asOf).map((s) => [s.key, JSON.stringify(s.value), new Date().toISOString()]),
    { casts: [undefined, "::jsonb", "::timestamptz"] });

  // users (one hash, reused)
  // same cost as real accounts, so that sign-in time does not tell demo users from unknown ones
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = new Date().toISOString();
  await insertRows(client, "app_user",
    ["username", "email", "full_name", "password_hash", "role", "agency_id", "active", "updated_at"],
    DEMO_USERS.map((u) => [
      u.username, u.email, u.fullName, passwordHash, u.role,
      u.agencyCode === undefined ? null : agency(u.agencyCode), u.active !== false, now,
    ]),
    { casts: [undefined, undefined, undefined, undefined, '::"Role"', undefined, undefined, "::timestamptz"] });

  // index definitions and components
  const defs = await insertRows(client, "index_definition",
    ["code", "name", "name_en", "unit", "max_score", "total_is_sum", "description"],
    INDEX_DEFINITIONS.map((d) => [d.code, d.name, d.nameEn, d.unit, d.maxScore, d.totalIsSum, d.description]),
    { returning: "id, code" });
  const indexId = new Map(defs.map((r) => [String(r.code), Number(r.id)]));

  const comps = await insertRows(client, "index_component",
    ["index_id", "code", "name", "name_en", "max_score", "weight", "confirmed", "sort_order"],
    INDEX_COMPONENTS.map((c) => [
      lookup(indexId, c.indexCode, "index"), c.code, c.name, c.nameEn, c.maxScore, c.weight ?? null, c.confirmed, c.sortOrder,
    ]),
    { returning: "id, index_id, code" });
  const codeById = new Map(defs.map((r) => [Number(r.id), String(r.code)]));
  const componentId = new Map(comps.map((r) => [`${codeById.get(Number(r.index_id))}|${String(r.code)}`, Number(r.id)]));
  const component = (indexCode: string, code: string): number => lookup(componentId, `${indexCode}|${code}`, "component");

  await insertRows(client, "index_score",
    ["index_id", "former_province", "recalculated", "year", "score", "rank", "rank_of", "national_average", "source"],
    INDEX_SCORES.map((s) => [
      lookup(indexId, s.indexCode, "index"), s.formerProvince, s.recalculated, s.year, s.score, s.rank, s.rankOf, s.nationalAverage, s.source,
    ]));
  await insertRows(client, "index_component_score", ["component_id", "former_province", "year", "score", "source"],
    COMPONENT_SCORES.map((s) => [component(s.indexCode, s.componentCode), s.formerProvince, s.year, s.score, s.source]));
  await insertRows(client, "index_component_owner", ["component_id", "agency_id", "role"],
    COMPONENT_OWNERS.map((o) => [component(o.indexCode, o.componentCode), agency(o.agencyCode), o.role]),
    { casts: [undefined, undefined, '::"OwnerRole"'] });
  if (PEER_SCORES.length > 0) {
    await insertRows(client, "index_peer_score", ["index_id", "province", "year", "score", "rank", "rank_of", "source"],
      PEER_SCORES.map((p) => [lookup(indexId, p.indexCode, "index"), p.province, p.year, p.score, p.rank, p.rankOf, p.source]));
  }

  // staffing, targets, autonomy
  await insertRows(client, "staffing_quota",
    ["agency_id", "year", "category", "quota", "actual_headcount", "streamlined"],
    STAFFING_ROWS.map((r) => [agency(r.agencyCode), r.year, r.category, r.quota, r.actualHeadcount, r.streamlined]),
    { casts: [undefined, undefined, '::"StaffCategory"'] });
  await insertRows(client, "target",
    ["code", "category", "baseline_year", "target_year", "value", "unit", "description", "source"],
    TARGETS.map((t) => [t.code, t.category, t.baselineYear, t.targetYear, t.value, t.unit, t.description, t.source]),
    { casts: [undefined, '::"StaffCategory"'] });
  await insertRows(client, "service_unit_autonomy", ["year", "level", "units", "source"],
    SERVICE_UNIT_AUTONOMY.map((a) => [a.year, a.level, a.units, a.source]),
    { casts: [undefined, '::"AutonomyLevel"'] });

  // ranking groups (khối) of each year and their members
  for (const group of RANKING_GROUPS) {
    const [row] = await insertRows(client, "ranking_group", ["year", "code", "name", "assessment_group", "sort_order", "name_en"],
      [[group.year, group.code, group.name, group.assessmentGroup, group.sortOrder, group.nameEn]],
      { casts: [undefined, undefined, undefined, '::"AssessmentGroup"'], returning: "id" });
    await insertRows(client, "ranking_group_member", ["group_id", "year", "agency_id"],
      group.members.map((code) => [Number(row!.id), group.year, agency(code)]));
  }

  // rating bands and yearly assessments
  await insertRows(client, "rating_band", ["year", "rating", "label", "min_score"],
    RATING_BANDS.map((b) => [b.year, b.rating, b.label, b.minScore]),
    { casts: [undefined, '::"Rating"'] });
  await insertRows(client, "agency_assessment",
    ["agency_id", "year", "group", "self_score", "appraised_score", "rank", "rating"],
    AGENCY_ASSESSMENTS.map((a) => [agency(a.agencyCode), a.year, a.group, a.selfScore, a.appraisedScore, a.rank, a.rating]),
    { casts: [undefined, undefined, '::"AssessmentGroup"', undefined, undefined, undefined, '::"Rating"'] });

  return { users: DEMO_USERS.length, indexScores: INDEX_SCORES.length, staffingRows: STAFFING_ROWS.length };
}
