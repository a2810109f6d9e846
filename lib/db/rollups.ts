// The dossier rollups (prisma/migrations/*_dossier_rollups): rebuild them from the raw table, and
// compare them with the raw table. The comparison computes every rollup row again here, with its
// own SQL (one GROUP BY per kind of event, written apart from the triggers' statement), and lists
// each cell where the two disagree. A row of zeros counts as a missing row.
// Concurrency: the triggers only collect each statement's events in per-session delta tables; they
// are applied once per transaction, at commit, in one global (table, key) order, so writers cannot
// deadlock on the rollups whatever their statements (prisma/migrations/*_writes_without_deadlocks).
import type { ClientBase } from "pg";

export const ROLLUP_COUNTS = [
  "received",
  "received_online",
  "synced",
  "digitized",
  "electronic",
  "resolved_early",
  "resolved_on_time",
  "resolved_late",
  "due",
  "due_closed",
] as const;

export type RollupCount = (typeof ROLLUP_COUNTS)[number];

type RollupTable = { name: string; keys: string[]; keyOf: (day: string) => string; where?: string };

const month = (day: string) => `date_trunc('month', ${day})::date`;

export const ROLLUP_TABLES: readonly RollupTable[] = [
  { name: "dossier_stat_day", keys: ["agency_id", "day"], keyOf: (day) => `agency_id, ${day}` },
  { name: "dossier_stat_agency_month", keys: ["agency_id", "month", "channel"], keyOf: (day) => `agency_id, ${month(day)}, channel` },
  {
    name: "dossier_stat_procedure_month",
    keys: ["agency_id", "procedure_id", "month", "channel"],
    keyOf: (day) => `agency_id, procedure_id, ${month(day)}, channel`,
  },
  {
    name: "dossier_stat_official_month",
    keys: ["agency_id", "official_id", "month", "channel"],
    keyOf: (day) => `agency_id, handling_official_id, ${month(day)}, channel`,
    where: "handling_official_id IS NOT NULL",
  },
];

/** Recomputes every rollup from the dossier table (in the caller's transaction, if any). */
export async function rebuildRollups(client: ClientBase): Promise<void> {
  await client.query("SELECT dossier_rollup_rebuild()");
}

/**
 * Turns the rollup triggers off for a bulk load that is followed by rebuildRollups() in the same
 * transaction (one pass over the loaded rows instead of an upsert per statement).
 */
export async function setRollupTriggers(client: ClientBase, enabled: boolean): Promise<void> {
  const verb = enabled ? "ENABLE" : "DISABLE";
  for (const trigger of ["dossier_rollup_insert", "dossier_rollup_update", "dossier_rollup_delete"]) {
    await client.query(`ALTER TABLE dossier ${verb} TRIGGER ${trigger}`);
  }
}

/** The rollup rows of `table` as the raw dossier table says they should be. */
function expectedSql(table: RollupTable): string {
  const zeros = (except: RollupCount[]) => (values: string[]) =>
    ROLLUP_COUNTS.map((count) => (except.includes(count) ? values[except.indexOf(count)]! : "0")).join(", ");
  const days = `SELECT *, (received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS rd,
                       (due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS dd,
                       (resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS sd
                  FROM dossier ${table.where ? `WHERE ${table.where}` : ""}`;
  const received = zeros(["received", "received_online", "synced", "digitized", "electronic"])([
    "count(*)",
    "count(*) FILTER (WHERE channel = 'ONLINE')",
    "count(*) FILTER (WHERE synced_to_national_portal)",
    "count(*) FILTER (WHERE digitized)",
    "count(*) FILTER (WHERE has_electronic_result)",
  ]);
  const resolved = zeros(["resolved_early", "resolved_on_time", "resolved_late"])([
    "count(*) FILTER (WHERE sd < dd)",
    "count(*) FILTER (WHERE sd = dd)",
    "count(*) FILTER (WHERE sd > dd)",
  ]);
  const n = table.keys.length;
  const groupBy = Array.from({ length: n }, (_, i) => i + 1).join(", ");
  return `WITH d AS (${days})
    SELECT ${table.keys.map((key, i) => `k${i} AS ${key}`).join(", ")},
           ${ROLLUP_COUNTS.map((count) => `sum(${count})::bigint AS ${count}`).join(", ")}
    FROM (
      SELECT ${table.keyOf("rd")}, ${received} FROM d GROUP BY ${groupBy}
      UNION ALL SELECT ${table.keyOf("sd")}, ${resolved} FROM d WHERE sd IS NOT NULL GROUP BY ${groupBy}
      UNION ALL SELECT ${table.keyOf("dd")}, ${zeros(["due"])(["count(*)"])} FROM d GROUP BY ${groupBy}
      UNION ALL SELECT ${table.keyOf("CASE WHEN sd > dd THEN sd ELSE dd END")}, ${zeros(["due_closed"])(["count(*)"])}
                FROM d WHERE sd IS NOT NULL GROUP BY ${groupBy}
    ) AS e (${table.keys.map((_, i) => `k${i}`).join(", ")}, ${ROLLUP_COUNTS.join(", ")})
    GROUP BY ${groupBy}`;
}

export type RollupDifference = { table: string; key: Record<string, string>; count: RollupCount; expected: number; actual: number };

/** Every cell in which a rollup table disagrees with the raw dossier table (empty: none). */
export async function compareRollups(client: ClientBase, options: { limit?: number } = {}): Promise<RollupDifference[]> {
  const differences: RollupDifference[] = [];
  const limit = options.limit ?? 1000;
  for (const table of ROLLUP_TABLES) {
    const keyList = table.keys.join(", ");
    const cells = ROLLUP_COUNTS.map(
      (count) => `coalesce(x.${count}, 0) AS expected_${count}, coalesce(a.${count}, 0) AS actual_${count}`,
    ).join(", ");
    const differs = ROLLUP_COUNTS.map((count) => `coalesce(x.${count}, 0) <> coalesce(a.${count}, 0)`).join(" OR ");
    const result = await client.query<Record<string, string | number | null>>(
      // USING merges each key of the full join into one column: the key of whichever side has the row
      `SELECT ${table.keys.map((key) => `${key}::text AS ${key}`).join(", ")}, ${cells}
         FROM (${expectedSql(table)}) x
         FULL JOIN ${table.name} a USING (${keyList})
        WHERE ${differs}
        ORDER BY ${keyList}
        LIMIT ${limit}`,
    );
    for (const row of result.rows) {
      const key = Object.fromEntries(table.keys.map((k) => [k, String(row[k])]));
      for (const count of ROLLUP_COUNTS) {
        const expected = Number(row[`expected_${count}`]);
        const actual = Number(row[`actual_${count}`]);
        if (expected !== actual) differences.push({ table: table.name, key, count, expected, actual });
      }
    }
  }
  return differences;
}
